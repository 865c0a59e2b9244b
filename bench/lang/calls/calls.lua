local Counter = {}
Counter.__index = Counter
function Counter.new() return setmetatable({ value = 0 }, Counter) end
function Counter:add(n) self.value = self.value + n end

local function main()
  local counter = Counter.new()
  for i = 1, 10000000 do
    counter:add(i % 3)
  end
  print(counter.value)
end
main()
