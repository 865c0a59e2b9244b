-- Lua strings are immutable: repeated concatenation is quadratic, so Lua builds text with a table, as its users do.
local function main(count)
  local parts = {}
  for i = 1, count do
    parts[i] = "abc"
  end
  print(#table.concat(parts))
end
main(tonumber(arg[1]) or 10000000)
