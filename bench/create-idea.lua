-- Submits ideas through the API with the tokens of many accounts (each stays far under the hourly limit).
-- Arguments: tokens file, threads.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  tokens = {}
  for line in io.lines(args[1]) do
    if #line > 0 then table.insert(tokens, line) end
  end
  thread_count = tonumber(args[2])
  counter = 0
  ok = 0
end

function request()
  local k = counter * thread_count + id
  counter = counter + 1
  local token = tokens[(k % #tokens) + 1]
  local body = '{"title":"Fler sittplatser vid busshållplatsen ' .. k .. '",' ..
    '"summary":"Bänkar och tak vid hållplatserna längs linje 3, så att äldre och barnfamiljer kan vänta i lä.",' ..
    '"need":"Resenärer som står länge i regn och blåst, särskilt på kvällar och helger.","themes":["miljo"]}'
  return wrk.format("POST", "/api/v1/ideas", { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 201 then ok = ok + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("ok") end
  io.write("BENCH_OK " .. total .. "\n")
end
