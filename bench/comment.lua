-- Comments on one idea (the seed's second, followed by 500 people) with the tokens of many accounts: the
-- request must not wait for the 500 notifications, which the background work makes afterwards. Arguments:
-- tokens file, idea id, threads.
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
  idea = args[2]
  thread_count = tonumber(args[3])
  counter = 0
  ok = 0
end

function request()
  local k = counter * thread_count + id
  counter = counter + 1
  local token = tokens[(k % #tokens) + 1]
  local body = '{"body":"Jag har samma erfarenhet från min stadsdel, kommentar ' .. k .. '."}'
  return wrk.format("POST", "/api/v1/ideas/" .. idea .. "/comments",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 201 then ok = ok + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("ok") end
  io.write("BENCH_OK " .. total .. "\n")
end
