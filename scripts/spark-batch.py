#!/usr/bin/env python3
"""Runs `regel batch` inside Apache Spark partitions: no cluster code of our own.

Spark reads the JSON Lines case files and splits them into partitions; each partition is streamed
through one `regel batch` process (stdin in, stdout out, a thread writing while the task reads),
and the records are written as Spark text output next to the input. The records are exactly the
ones single-process `regel batch` gives for the same lines in the same order: `linje` is rewritten
from the partition's own numbering to the line's number in the whole input, which a first, cheap
pass (a count per partition) makes possible.

A partition whose process fails, exits with an unexpected code, or gives a record too few, too
many or out of order fails its task with the process's standard error; nothing is dropped
silently. See docs/skalering.md.

    spark-submit scripts/spark-batch.py saker.jsonl --regler rules --program .build/release/regel
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Iterable, Iterator, NoReturn, Sequence

if TYPE_CHECKING:
    from pyspark import RDD, SparkContext
    from pyspark.accumulators import Accumulator

# Exit codes of this script (see docs/skalering.md).
EXIT_OK = 0
EXIT_ERROR_RECORDS = 1
EXIT_USAGE = 2
EXIT_JOB_FAILED = 3

# How the `regel` program and the rules reach the executors.
SHIP_SEND = "send"
SHIP_SHARED = "delt"
SHIP_SUBMITTED = "spark-submit"

# Every message from a failing partition starts with this, so the driver can find it in Spark's
# exception (which wraps it in a Java stack trace and a Python traceback).
FAILURE_MARK = "regel batch feilet i partisjon"

RECORD_PREFIX = b'{"linje":'
FINGERPRINT_KEY = b'"regelsett":"'
ERROR_KEY = b'"feil":'
STDERR_TAIL_BYTES = 64 * 1024
WRITE_BATCH_LINES = 4096


class PartitionFailure(RuntimeError):
    """A partition whose `regel batch` did not give one record per line, in order."""


@dataclass(frozen=True)
class Tools:
    """Where an executor finds the `regel` program and the rules, and how to call it."""

    ship: str
    program: str
    rules: str
    batch_options: tuple[str, ...]

    def resolve(self) -> tuple[str, str]:
        """The program's and the rules' paths on this executor."""
        if self.ship == SHIP_SHARED:
            return self.program, self.rules
        from pyspark import SparkFiles

        def find(name: str) -> str:
            shipped = SparkFiles.get(name)
            return shipped if os.path.exists(shipped) else os.path.abspath(name)

        program = find(self.program)
        if not os.access(program, os.X_OK):
            os.chmod(program, os.stat(program).st_mode | 0o111)
        return program, find(self.rules)


@dataclass
class Feed:
    """What the thread writing a partition's lines to stdin did."""

    lines: int = 0
    error: BaseException | None = None


@dataclass
class StderrTail:
    """The last bytes a process wrote on standard error."""

    chunks: collections.deque[bytes] = field(default_factory=collections.deque)
    size: int = 0

    def add(self, chunk: bytes) -> None:
        self.chunks.append(chunk)
        self.size += len(chunk)
        while self.size > STDERR_TAIL_BYTES and len(self.chunks) > 1:
            self.size -= len(self.chunks.popleft())

    def text(self) -> str:
        return b"".join(self.chunks)[-STDERR_TAIL_BYTES:].decode("utf-8", "replace").strip()


def feed_lines(lines: Iterable[bytes], stdin: IO[bytes], feed: Feed) -> None:
    """Writes the partition's lines to the process, a batch at a time, then closes its stdin.

    Runs on its own thread, so the task can read stdout while this writes: with both on one
    thread, a full pipe in each direction would deadlock. Any error (the process gone, or Spark
    failing to read the input) is kept for the task to raise.
    """
    try:
        batch: list[bytes] = []
        for line in lines:
            batch.append(line)
            if len(batch) == WRITE_BATCH_LINES:
                stdin.write(b"\n".join(batch) + b"\n")
                feed.lines += len(batch)
                batch.clear()
        if batch:
            stdin.write(b"\n".join(batch) + b"\n")
            feed.lines += len(batch)
    except BaseException as error:  # noqa: BLE001 - handed to the reading thread
        feed.error = error
    finally:
        try:
            stdin.close()
        except OSError:
            pass


def drain(stream: IO[bytes], tail: StderrTail) -> None:
    """Reads a process's standard error to its end, keeping the tail for messages."""
    for chunk in iter(lambda: stream.read(8192), b""):
        tail.add(chunk)


def is_error_record(record: bytes) -> bool:
    """Whether a `regel batch` record is an error record (`feil` in place of `resultater`).

    The first `"regelsett":"` in a record is its top-level key (inside a JSON string every `"` is
    escaped), and the 16 hexadecimal digits of the fingerprint are followed by the next key.
    """
    start = record.find(FINGERPRINT_KEY)
    if start < 0:
        return False
    return record.startswith(ERROR_KEY, start + len(FINGERPRINT_KEY) + 16 + 2)


@dataclass(frozen=True)
class Slot:
    """A partition's place in the input: its index, the number of its first line in the whole
    input, and how many lines it has (None when that was not counted beforehand)."""

    index: int
    first_line: int
    lines: int | None


def renumber(record: bytes, expected: int, slot: Slot) -> bytes:
    """Checks that `record` is the partition's record number `expected` and gives it the line's
    number in the whole input, without its newline."""
    comma = record.find(b",", len(RECORD_PREFIX))
    if not record.startswith(RECORD_PREFIX) or comma < 0 or not record.endswith(b"\n"):
        raise PartitionFailure(f"{FAILURE_MARK} {slot.index}: svar nummer {expected} er ikke en hel post: "
                               f"{record[:200]!r}")
    number = record[len(RECORD_PREFIX):comma]
    if number != str(expected).encode():
        raise PartitionFailure(f"{FAILURE_MARK} {slot.index}: svar nummer {expected} har «linje» "
                               f"{number.decode('ascii', 'replace')}; svarene kom ikke i rekkefølge")
    return RECORD_PREFIX + str(slot.first_line + expected - 1).encode() + record[comma:-1]


def run_partition(slot: Slot, lines: Iterable[bytes], tools: Tools,
                  counters: tuple[Accumulator[int], Accumulator[int]]) -> Iterator[bytes]:
    """Streams one partition's lines through one `regel batch` process and yields its records."""
    program, rules = tools.resolve()
    command = [program, "batch", rules, *tools.batch_options]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    assert process.stdin and process.stdout and process.stderr
    feed, tail = Feed(), StderrTail()
    writer = threading.Thread(target=feed_lines, args=(lines, process.stdin, feed), daemon=True)
    reader = threading.Thread(target=drain, args=(process.stderr, tail), daemon=True)
    writer.start()
    reader.start()
    records = errors = 0
    try:
        for record in process.stdout:
            records += 1
            if is_error_record(record):
                errors += 1
            yield renumber(record, records, slot)
        code = process.wait()
        writer.join()
        reader.join()
        check_partition(slot, code, feed, records, errors, tail)
        lines_counter, errors_counter = counters
        lines_counter.add(records)
        errors_counter.add(errors)
        print(f"regel batch i partisjon {slot.index}, linjene {slot.first_line}–{slot.first_line + records - 1} "
              f"i inndataene (linjenumrene under gjelder partisjonen):\n{tail.text()}", file=sys.stderr)
    finally:
        # The task may stop early (an error downstream, or a `take`): never leave the process.
        if process.poll() is None:
            process.kill()
            process.wait()


def check_partition(slot: Slot, code: int, feed: Feed, records: int, errors: int,
                    tail: StderrTail) -> None:
    """Fails the task unless the process answered every line it was given, as documented."""
    problem = None
    if isinstance(feed.error, BrokenPipeError):
        problem = (f"regel sluttet før den hadde lest alle linjene ({feed.lines} sendt), "
                   f"med {records} svar og utgangskode {code}")
    elif feed.error is not None:
        problem = f"linjene kunne ikke leses eller sendes: {feed.error!r}"
    elif code < 0:
        problem = f"regel ble stoppet av signal {-code} etter {records} svar"
    elif code not in (0, 1):
        problem = f"utgangskode {code}"
    elif records != feed.lines:
        problem = f"{feed.lines} linjer inn, men {records} svar ut (utgangskode {code})"
    elif slot.lines is not None and feed.lines != slot.lines:
        problem = f"{feed.lines} linjer inn, men partisjonen hadde {slot.lines} da de ble talt; er inndataene endret?"
    elif code == 1 and errors == 0:
        problem = "utgangskode 1 uten noen feilpost: lesingen eller skrivingen stoppet"
    elif code == 0 and errors > 0:
        problem = f"utgangskode 0, men {errors} feilposter"
    if problem is not None:
        stderr = tail.text() or "(ingenting på standard feil)"
        raise PartitionFailure(f"{FAILURE_MARK} {slot.index}: {problem}\n{stderr}")


def count_lines(lines: Iterable[bytes]) -> Iterable[int]:
    """The number of lines in a partition."""
    yield sum(1 for _ in lines)


def partition_sizes(lines: RDD[bytes]) -> list[int | None]:
    """The number of lines in each partition but the last (None: not known before it is read).

    Counted in the JVM: `zipWithIndex` works out where each partition starts without sending the
    lines to Python, some times faster than counting them here. Its partitions' `startIndex` is
    not public API, so where it is missing the lines are counted in Python instead.
    """
    try:
        zipped = lines._jrdd.rdd().zipWithIndex()
        starts = [int(partition.startIndex()) for partition in zipped.partitions()]
        return [after - before for before, after in zip(starts, starts[1:])] + [None]
    except Exception:  # noqa: BLE001 - py4j errors of every kind mean: not available
        return list(lines.mapPartitions(count_lines).collect())


# The driver: arguments, shipping, the two passes, and the summary.


# argparse's own messages, in Norwegian.
ARGPARSE_MESSAGES = [
    (re.compile(r"the following arguments are required: (.*)"), r"mangler \1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"ukjent valg: \1"),
    (re.compile(r"argument (\S+): invalid int value: (.*)"), r"\1 skal være et heltall, ikke \2"),
    (re.compile(r"argument (\S+): invalid choice: (\S+) \(choose from (.*)\)"), r"\1 kan ikke være \2; velg en av \3"),
    (re.compile(r"argument (\S+): expected one argument"), r"\1 skal ha en verdi"),
]


class NorwegianParser(argparse.ArgumentParser):
    """argparse with Norwegian messages and the exit code this project uses for wrong usage."""

    def format_usage(self) -> str:
        return super().format_usage().replace("usage: ", "bruk: ", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage: ", "bruk: ", 1)

    def error(self, message: str) -> NoReturn:
        for pattern, replacement in ARGPARSE_MESSAGES:
            message = pattern.sub(replacement, message)
        self.print_usage(sys.stderr)
        fail_usage(message)


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """Reads the command line (help and messages in Norwegian)."""
    parser = NorwegianParser(
        prog="spark-batch.py", add_help=False,
        usage="spark-submit scripts/spark-batch.py SAKER --regler MAPPE [valg]",
        description="Vurderer JSON Lines-saker med «regel batch» i Spark-partisjoner: én regel-prosess "
                    "per partisjon, ett svar per linje, med «linje» nummerert gjennom hele inndataene. "
                    "Se docs/skalering.md.",
        epilog="utgangskoder: 0 alle linjene vurdert; 1 alle linjene har svar, men noen er feilposter; "
               "2 feil bruk; 3 jobben feilet (utmappen er da ikke komplett)")
    parser._positionals.title = "argumenter"
    parser._optionals.title = "valg"
    add = parser.add_argument
    add("saker", metavar="SAKER", help="fil, mappe eller mønster (glob) med saker som JSON Lines, "
        "på et filsystem Spark leser (lokalt, HDFS, S3 …)")
    add("--regler", metavar="MAPPE", required=True, help="regelmappen (eller én regelfil)")
    add("--program", metavar="REGEL", default="regel",
        help="regel-programmet (standard: «regel» fra PATH); en Linux-binærfil, helst bygd med -static-stdlib")
    add("--levering", choices=(SHIP_SEND, SHIP_SHARED, SHIP_SUBMITTED), default=SHIP_SEND,
        help="send: skriptet sender programmet og reglene til eksekutorene (SparkContext.addFile; "
             "standard); delt: stiene finnes på alle maskinene (delt filsystem); spark-submit: sendt "
             "med --files/--archives, og --program og --regler er navnene der")
    add("--ut", metavar="MAPPE", help="hvor svarene skrives, som Spark-tekstfiler "
        "(standard: SAKER.svar; påkrevd når SAKER er et mønster)")
    add("--overskriv", action="store_true", help="slett utmappen først hvis den finnes")
    add("--partisjoner", metavar="N", type=int, help="minste antall partisjoner (standard: Sparks eget valg)")
    add("--regel", metavar="NAVN", action="append", default=[],
        help="som i regel batch: en regel som skal vurderes; kan gis flere ganger")
    add("--mangler", action="store_true", help="som i regel batch: ta med faktaene som mangler")
    add("--forklar", action="store_true", help="som i regel batch: ta med forklaringen")
    add("--jobber", metavar="N", type=int,
        help="tråder per regel-prosess (standard: spark.task.cpus, altså 1)")
    add("--master", metavar="URL", help="Spark-master når skriptet kjøres uten spark-submit, f.eks. local[2]")
    add("-h", "--hjelp", action="help", help="vis denne hjelpen")
    arguments = parser.parse_args(argv)
    if arguments.ut is None and any(mark in arguments.saker for mark in "*?[{"):
        parser.error("SAKER er et mønster; oppgi utmappen med --ut")
    if arguments.partisjoner is not None and arguments.partisjoner < 1:
        parser.error("--partisjoner må være minst 1")
    if arguments.jobber is not None and not 1 <= arguments.jobber <= 1024:
        parser.error("--jobber må være 1–1024")
    return arguments


def fail_usage(message: str) -> NoReturn:
    print(f"spark-batch: {message}", file=sys.stderr)
    sys.exit(EXIT_USAGE)


def batch_options(arguments: argparse.Namespace, jobs: int) -> tuple[str, ...]:
    """The options every `regel batch` process gets."""
    options = ["--jobber", str(jobs)]
    for name in arguments.regel:
        options += ["--regel", name]
    return tuple(options + ["--mangler"] * arguments.mangler + ["--forklar"] * arguments.forklar)


def check_locally(program: str, rules: str, options: tuple[str, ...]) -> None:
    """Runs `regel batch` once on no input here on the driver, so rules with errors, an unknown
    --regel or a program that cannot run here are reported before any executor starts."""
    try:
        run = subprocess.run([program, "batch", rules, *options], stdin=subprocess.DEVNULL,
                             capture_output=True, timeout=600)
    except OSError as error:
        fail_usage(f"«{program}» kan ikke kjøres her: {error.strerror}")
    if run.returncode != 0:
        message = run.stderr.decode("utf-8", "replace").strip()
        fail_usage(f"regel batch godtok ikke reglene eller valgene (utgangskode {run.returncode}):\n{message}")


def local_tools(arguments: argparse.Namespace, options: tuple[str, ...]) -> Tools:
    """The program and the rules as paths on the driver, checked (not with --levering spark-submit,
    where they are names that exist only in the executors' working folders)."""
    if arguments.levering == SHIP_SUBMITTED:
        return Tools(SHIP_SUBMITTED, arguments.program, arguments.regler, options)
    program = arguments.program
    if os.sep not in program:
        import shutil
        program = shutil.which(program) or fail_usage(f"fant ikke «{program}» i PATH; oppgi --program")
    program, rules = os.path.abspath(program), os.path.abspath(arguments.regler)
    if not os.access(program, os.X_OK) or os.path.isdir(program):
        fail_usage(f"«{program}» er ikke et program som kan kjøres")
    if not os.path.exists(rules):
        fail_usage(f"regelmappen «{rules}» finnes ikke")
    if arguments.levering == SHIP_SEND and os.path.basename(program) == os.path.basename(rules):
        fail_usage("programmet og reglene har samme navn; SparkFiles skiller dem ikke")
    check_locally(program, rules, options)
    return Tools(arguments.levering, program, rules, options)


def ship(context: SparkContext, tools: Tools) -> Tools:
    """With --levering send, sends the program and the rules to every executor (SparkFiles), and
    gives the names they are found by there."""
    if tools.ship != SHIP_SEND:
        return tools
    context.addFile(tools.program)
    context.addFile(tools.rules, recursive=os.path.isdir(tools.rules))
    return Tools(SHIP_SEND, os.path.basename(tools.program), os.path.basename(tools.rules), tools.batch_options)


def prepare_output(context: SparkContext, arguments: argparse.Namespace) -> str:
    """The output folder (Hadoop file system: local, HDFS, S3 …), emptied with --overskriv."""
    output: str = arguments.ut or arguments.saker.rstrip("/") + ".svar"
    jvm = context._jvm
    assert jvm is not None
    configuration = context._jsc.hadoopConfiguration()
    found = jvm.org.apache.hadoop.fs.Path(arguments.saker)
    matches = found.getFileSystem(configuration).globStatus(found)
    if not matches:
        fail_usage(f"fant ingen saker i «{arguments.saker}»")
    path = jvm.org.apache.hadoop.fs.Path(output)
    filesystem = path.getFileSystem(configuration)
    if filesystem.exists(path):
        if not arguments.overskriv:
            fail_usage(f"utmappen «{output}» finnes allerede; bruk --overskriv eller en annen --ut")
        filesystem.delete(path, True)
    return output


def number(value: float, decimals: int = 0) -> str:
    """A number as regel writes it: no thousands separator, decimal comma."""
    return f"{value:.{decimals}f}".replace(".", ",")


@dataclass
class JobResult:
    """What a run did: lines, error records, partitions and the time of each pass."""

    lines: int
    errors: int
    partitions: int
    counting_seconds: float
    evaluating_seconds: float


def run_job(context: SparkContext, arguments: argparse.Namespace, tools: Tools, output: str) -> JobResult:
    """Counts the lines per partition, then runs every partition through `regel batch` and saves
    the records."""
    minimum = arguments.partisjoner or context.defaultMinPartitions
    lines: RDD[bytes] = context.textFile(arguments.saker, minimum, use_unicode=False)  # type: ignore[assignment]
    started = time.monotonic()
    sizes = partition_sizes(lines)
    counted = time.monotonic()
    slots, first = [], 1
    for index, size in enumerate(sizes):
        slots.append(Slot(index, first, size))
        first += size or 0
    counters = (context.accumulator(0), context.accumulator(0))

    def partition(index: int, items: Iterable[bytes]) -> Iterable[bytes]:
        return run_partition(slots[index], items, tools, counters)

    lines.mapPartitionsWithIndex(partition).saveAsTextFile(output)
    # A task run twice (speculation, a lost executor) is counted twice; the output has it once.
    total, errors = counters[0].value, counters[1].value
    return JobResult(total, errors, len(slots), counted - started, time.monotonic() - counted)


def failure_message(error: BaseException) -> str:
    """The partition's own message from Spark's exception, or the exception's last line."""
    text = str(error)
    start = text.find(FAILURE_MARK)
    if start >= 0:
        block = text[start:].split("\n\tat ")[0]
        return "\n".join(line for line in block.splitlines() if line.strip()).strip()
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else repr(error)


def report(result: JobResult, output: str) -> None:
    """The summary on standard error, in the style of regel batch's."""
    seconds = result.counting_seconds + result.evaluating_seconds
    rate = result.lines / seconds if seconds > 0 else 0
    errors = {0: "ingen linjer med feil", 1: "1 linje med feil"}.get(result.errors, f"{result.errors} linjer med feil")
    print(f"spark-batch: {result.lines} saker på {number(seconds, 2)} s ({number(rate)} saker/s) i "
          f"{result.partitions} partisjoner, {errors}\n"
          f"  telling av linjer {number(result.counting_seconds, 2)} s, vurdering og skriving "
          f"{number(result.evaluating_seconds, 2)} s\n  svarene er i {output}", file=sys.stderr)


def main(argv: Sequence[str]) -> int:
    arguments = parse_arguments(argv)
    tools = local_tools(arguments, batch_options(arguments, arguments.jobber or 1))
    from pyspark import SparkConf, SparkContext

    configuration = SparkConf().setAppName("regel batch")
    configuration.setIfMissing("spark.ui.showConsoleProgress", "false")
    if arguments.master:
        configuration.setMaster(arguments.master)
    context = SparkContext.getOrCreate(configuration)
    context.setLogLevel("WARN")
    try:
        # One thread per process unless told otherwise: Spark gives each task spark.task.cpus cores.
        jobs = arguments.jobber or int(context.getConf().get("spark.task.cpus", "1"))
        tools = ship(context, dataclasses.replace(tools, batch_options=batch_options(arguments, jobs)))
        output = prepare_output(context, arguments)
        try:
            result = run_job(context, arguments, tools, output)
        except Exception as error:  # noqa: BLE001 - Py4JJavaError and our own, reported alike
            print(f"spark-batch: jobben feilet, og «{output}» er ikke komplett:\n{failure_message(error)}",
                  file=sys.stderr)
            return EXIT_JOB_FAILED
        report(result, output)
        return EXIT_ERROR_RECORDS if result.errors else EXIT_OK
    finally:
        context.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
