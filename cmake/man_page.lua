-- pandoc filter for the man page (cmake/man_page.cmake).
-- Dashes: in roff, `-` is a hyphen, after which groff may break a line (`--require-` / `all`)
-- and which it may print as U+2010, which a shell does not take for an option's dash; `\-` is
-- neither. pandoc 2.17 writes `-` (3.x writes `\-`), so every `-` in text becomes `\-`.
-- Code blocks: pandoc 2.17 sets them in `\f[C]`, a font name mandoc does not know; `\f(CR`
-- is the same font under the name groff and mandoc both know.

-- Roff for literal text: backslashes and dashes escaped, a leading . or ' made literal.
local function roff_text(text)
  text = text:gsub("\\", "\\e"):gsub("%-", "\\-")
  return (text:gsub("^([.'])", "\\&%1"):gsub("\n([.'])", "\n\\&%1"))
end

local function Str(el)
  if not el.text:find("-", 1, true) then
    return nil
  end
  local parts = {}
  for piece, dash in el.text:gmatch("([^-]*)(%-?)") do
    if piece ~= "" then
      table.insert(parts, pandoc.Str(piece))
    end
    if dash ~= "" then
      table.insert(parts, pandoc.RawInline("man", "\\-"))
    end
  end
  return parts
end

local function Code(el)
  return pandoc.RawInline("man", "\\f(CR" .. roff_text(el.text) .. "\\f[R]")
end

local function CodeBlock(el)
  return pandoc.RawBlock("man", ".IP\n.nf\n\\f(CR\n" .. roff_text(el.text) .. "\n\\f[R]\n.fi")
end

-- The body only: the metadata (.TH's date and footer) stays as written. No automatic
-- hyphenation either (.nh): it would split options (--re- / quire-all) and values; and lines
-- left-aligned (.ad l), not justified: long options would open wide gaps.
function Pandoc(doc)
  doc.blocks = pandoc.walk_block(pandoc.Div(doc.blocks), { Str = Str, Code = Code, CodeBlock = CodeBlock }).content
  table.insert(doc.blocks, 1, pandoc.RawBlock("man", ".nh\n.ad l"))
  return doc
end
