"""regel lsp med en ekte klient: pytest-lsp (pygls) starter .build/debug/regel lsp, åpner
rules/barnekoordinator.regel, legger inn en feil og sjekker diagnostikken, en hover, en definisjon,
en fullføring og et nytt navn. Hver test kjøres med evnene til tre redigerere slik pytest-lsp har
dem: VS Code (posisjoner i UTF-16), Neovim og Emacs (som tilbyr UTF-8, og da brukes det).
pytest-lsp sjekker også at svarene passer til klientens evner."""

import os
import pathlib

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = pathlib.Path(__file__).resolve().parents[2]
RULES = ROOT / "rules"
FILE = RULES / "barnekoordinator.regel"
URI = FILE.as_uri()
TEXT = FILE.read_text(encoding="utf-8")
LINES = TEXT.split("\n")
SERVER = os.environ.get("REGEL", str(ROOT / ".build" / "debug" / "regel"))
# Kodingen tjeneren valgte for klienten i testen som kjører nå.
ENCODING = "utf-16"


def width(text: str) -> int:
    """Lengden av text i enhetene posisjonene telles i."""
    return len(text.encode("utf-8")) if ENCODING == "utf-8" else len(text.encode("utf-16-le")) // 2


def position(needle: str, offset: int = 0) -> types.Position:
    """Posisjonen til første forekomst av needle, pluss offset tegn."""
    for number, line in enumerate(LINES):
        column = line.find(needle)
        if column >= 0:
            return types.Position(line=number, character=width(line[: column + offset]))
    raise AssertionError(f"fant ikke {needle!r}")


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[SERVER, "lsp"]),
    params=["visual-studio-code", "neovim", "emacs"],
)
async def client(lsp_client: LanguageClient, request):
    global ENCODING
    capabilities = client_capabilities(request.param)
    params = types.InitializeParams(
        capabilities=capabilities,
        workspace_folders=[types.WorkspaceFolder(uri=RULES.as_uri(), name="rules")],
    )
    result = await lsp_client.initialize_session(params)
    offered = (capabilities.general and capabilities.general.position_encodings) or []
    expected = "utf-8" if types.PositionEncodingKind.Utf8 in offered else "utf-16"
    assert result.capabilities.position_encoding == expected
    ENCODING = expected
    lsp_client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=URI, language_id="regel", version=1, text=TEXT)
        )
    )
    yield
    await lsp_client.shutdown_session()


async def test_en_feil_gir_diagnostikk_og_rettingen_fjerner_den(client: LanguageClient):
    start = position("alder(barn.fødselsdato) < 18", offset=len("alder(barn.f"))
    end = types.Position(line=start.line, character=start.character + width("ødselsdato"))
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
            content_changes=[types.TextDocumentContentChangePartial(range=types.Range(start=start, end=end), text="ødseldato")],
        )
    )
    await client.wait_for_notification("textDocument/publishDiagnostics")
    diagnostics = client.diagnostics[URI]
    assert [d.code for d in diagnostics] == ["R0301"], diagnostics
    assert diagnostics[0].message == "ukjent navn «barn.fødseldato»"
    assert diagnostics[0].severity == types.DiagnosticSeverity.Error
    assert diagnostics[0].source == "regel"
    assert diagnostics[0].range.start == types.Position(line=start.line, character=start.character - width("barn.f"))
    assert diagnostics[0].range.end == types.Position(line=start.line, character=start.character + width("ødseldato"))

    # Hurtigrettingen fra diagnostikken setter inn det riktige navnet.
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            range=diagnostics[0].range,
            context=types.CodeActionContext(diagnostics=diagnostics),
        )
    )
    assert actions and actions[0].edit.changes[URI][0].new_text == "barn.fødselsdato"

    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=3),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=TEXT)],
        )
    )
    await client.wait_for_notification("textDocument/publishDiagnostics")
    assert len(client.diagnostics[URI]) == 0


async def test_hover_viser_hjemmel_og_lovtekst(client: LanguageClient):
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=URI), position=position("regel rett_til_barnekoordinator", offset=8))
    )
    assert hover is not None
    text = hover.contents.value
    assert text.startswith("**regel** `rett_til_barnekoordinator`: ja/nei"), text
    assert "**Hjemmel:**" in text and "**Gjelder** fra 2022-08-01" in text, text
    assert "> Familier som har eller venter barn" in text, text


async def test_definisjon_av_en_regel(client: LanguageClient):
    result = await client.text_document_definition_async(
        types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri=URI), position=position("    - barnet_er_under_18", offset=8))
    )
    assert [(r.uri, r.range.start) for r in result] == [(URI, position("regel barnet_er_under_18", offset=6))]


async def test_fullforing_etter_punktum(client: LanguageClient):
    at = position("alder(barn.fødselsdato) < 18", offset=len("alder(barn."))
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=URI), position=at)
    )
    labels = [item.label for item in (result.items if hasattr(result, "items") else result)]
    assert "barn.fødselsdato" in labels and "barn.ventes" in labels, labels


async def test_nytt_navn_i_alle_filer(client: LanguageClient):
    at = position("regel barnet_er_under_18", offset=8)
    prepared = await client.text_document_prepare_rename_async(
        types.PrepareRenameParams(text_document=types.TextDocumentIdentifier(uri=URI), position=at)
    )
    assert prepared.placeholder == "barnet_er_under_18"
    edit = await client.text_document_rename_async(
        types.RenameParams(text_document=types.TextDocumentIdentifier(uri=URI), position=at, new_name="barnet_er_mindreårig")
    )
    edits = edit.changes[URI]
    assert len(edits) == TEXT.count("barnet_er_under_18"), edits
    assert {e.new_text for e in edits} == {"barnet_er_mindreårig"}

    refused = None
    try:
        await client.text_document_rename_async(
            types.RenameParams(text_document=types.TextDocumentIdentifier(uri=URI), position=position("  når ", offset=3), new_name="x")
        )
    except Exception as error:  # pygls reiser feilsvaret som et unntak
        refused = str(error)
    assert refused is not None and "nøkkelord" in refused, refused
