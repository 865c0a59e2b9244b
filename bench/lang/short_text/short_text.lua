-- Lua strings are immutable: repeated concatenation is quadratic, so Lua builds text with a table, as its users do.
local parts = {}
for i = 1, 300000 do
  parts[i] = tostring(i % 10)
end
print(#table.concat(parts))
