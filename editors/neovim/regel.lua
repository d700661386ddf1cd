-- Regel i Neovim: filtypen «regel» for *.regel, kommentarer med «#», innrykk med to mellomrom,
-- enkle syntaksfarger, og språktjeneren «regel lsp» (feil mens du skriver, hover, gå til
-- definisjon, endre navn, fullføring, formatering og semantiske farger).
-- Legg filen i ~/.config/nvim/plugin/regel.lua. Krever Neovim 0.8 eller nyere; 0.11 anbefales.

vim.filetype.add({ extension = { regel = 'regel' } })

-- De reserverte ordene i Regel (samme liste som lexeren; en test holder dem like).
local keywords = [[
  alle antall av der eller ellers en ett faktum for forvent fra gir gitt gjelder hjemmel hvis i
  ikke importer kilde liste lovtekst mangler minst noen når og regel spørsmål test til type unntak
  veiledning verdi vurdering
]]
local constants = 'ja nei ukjent'

-- Farger før tjeneren har startet, og der den ikke finnes; tjenerens farger legger seg over.
vim.api.nvim_create_autocmd('Syntax', {
  pattern = 'regel',
  callback = function()
    vim.cmd('syntax iskeyword @,48-57,_,192-255')
    vim.cmd('syntax keyword regelKeyword ' .. keywords:gsub('%s+', ' '))
    vim.cmd('syntax keyword regelConstant ' .. constants)
    -- Et ord etter punktum er et navn (søknad.til): treffet starter før ordet og vinner.
    vim.cmd([[syntax match regelField "\.\k\+"]])
    vim.cmd([[syntax match regelComment "#.*$"]])
    vim.cmd([[syntax region regelString start=+"+ skip=+\\.+ end=+"\|$+]])
    vim.cmd([[syntax region regelTextBlock start=+"""+ end=+"""+]])
    vim.cmd([[syntax match regelNumber "\<\d\+\(,\d\+\)\?\>"]])
    vim.cmd([[syntax match regelNumber "\<\d\{4}-\d\{2}-\d\{2}\>"]])
    vim.cmd('highlight default link regelKeyword Keyword')
    vim.cmd('highlight default link regelConstant Boolean')
    vim.cmd('highlight default link regelComment Comment')
    vim.cmd('highlight default link regelString String')
    vim.cmd('highlight default link regelTextBlock String')
    vim.cmd('highlight default link regelNumber Number')
  end,
})

-- Tjenerens egne ordtyper (faktum, vurdering, regel) har ingen farge i Neovim før de lenkes til en;
-- de andre (enumMember, type, keyword …) er standard og farges av fargeskjemaet.
vim.api.nvim_set_hl(0, '@lsp.type.faktum', { link = 'Identifier', default = true })
vim.api.nvim_set_hl(0, '@lsp.type.vurdering', { link = 'Special', default = true })
vim.api.nvim_set_hl(0, '@lsp.type.regel', { link = 'Function', default = true })

local server = { 'regel', 'lsp' }

-- Innrykk: som linjen over, eller ett nivå mer når den åpner et nivå (samme regel som
-- indentationRules i editors/vscode/language-configuration.json).
local opens_level = vim.regex([[\v^%((faktum|vurdering|regel|unntak|test|lovtekst) .*|\s*(gitt|forvent)\s*(#.*)?|.*(:|[({[,=≠<≤>≥+*/-]|\s(og|eller|ikke|der))\s*(#.*)?)$]])

function _G.regel_indent(lnum)
  local above = vim.fn.prevnonblank(lnum - 1)
  while above > 0 and vim.fn.getline(above):match('^%s*#') do
    above = vim.fn.prevnonblank(above - 1)
  end
  if above == 0 then return 0 end
  return vim.fn.indent(above) + (opens_level:match_str(vim.fn.getline(above)) and vim.fn.shiftwidth() or 0)
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'regel',
  callback = function(args)
    local bo = vim.bo[args.buf]
    bo.commentstring = '# %s'
    bo.comments = ':#'
    -- Innrykk er to mellomrom; en tabulator i innrykk er en feil (R0110).
    bo.expandtab = true
    bo.shiftwidth = 2
    bo.softtabstop = 2
    bo.tabstop = 2
    bo.indentexpr = 'v:lua.regel_indent(v:lnum)'
    bo.indentkeys = 'o,O,!^F'
    if vim.fn.has('nvim-0.11') == 0 then
      -- Neovim 0.8–0.10: start (eller gjenbruk) tjeneren for mappen med .git, ellers filens mappe.
      local file = vim.api.nvim_buf_get_name(args.buf)
      local git = vim.fs.find('.git', { upward = true, path = vim.fs.dirname(file) })[1]
      vim.lsp.start({ name = 'regel', cmd = server, root_dir = git and vim.fs.dirname(git) or vim.fs.dirname(file) })
    end
  end,
})

if vim.fn.has('nvim-0.11') == 1 then
  vim.lsp.config('regel', { cmd = server, filetypes = { 'regel' }, root_markers = { '.git' } })
  vim.lsp.enable('regel')
end
