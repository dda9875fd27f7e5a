-- Supports ideas with the tokens of many accounts: every request is a new (account, idea) pair, so that
-- the final count can be checked exactly. Arguments: tokens file, first idea id, number of ideas, threads,
-- start (keeps the pairs of consecutive runs apart).
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
  first_idea = tonumber(args[2])
  idea_count = tonumber(args[3])
  thread_count = tonumber(args[4])
  start = tonumber(args[5])
  counter = 0
  ok = 0
end

function request()
  local k = start + counter * thread_count + id
  counter = counter + 1
  local token = tokens[(k % #tokens) + 1]
  local idea = first_idea + (math.floor(k / #tokens) % idea_count)
  return wrk.format("POST", "/api/v1/ideas/" .. idea .. "/support", { ["Authorization"] = "Bearer " .. token })
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("ok") end
  io.write("BENCH_OK " .. total .. "\n")
end
