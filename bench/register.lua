-- Registers for one event and cancels again under contention: each thread owns every n-th token and uses
-- them in turn, registering on a token's odd uses and cancelling on its even ones, so that registrations,
-- cancellations and the waiting list's promotions run at once on one event with a limit. Arguments: tokens
-- file, event id, threads. The run's check (bench/run.py) is on the rows: no place given twice, nobody waiting
-- while a place is free, and the active registrations equal the 201s less the cancellations.
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
  event = args[2]
  thread_count = tonumber(args[3])
  counter = 0
  registered = 0
  cancelled = 0
  refused = 0
  uses = {}
end

function request()
  local k = (counter * thread_count + id) % #tokens
  counter = counter + 1
  local token = tokens[k + 1]
  uses[k] = (uses[k] or 0) + 1
  local headers = { ["Authorization"] = "Bearer " .. token }
  if uses[k] % 2 == 1 then
    return wrk.format("POST", "/api/v1/events/" .. event .. "/registrations", headers)
  end
  return wrk.format("DELETE", "/api/v1/events/" .. event .. "/registrations/me", headers)
end

function response(status, headers, body)
  if status == 201 then registered = registered + 1 end
  if status == 200 then cancelled = cancelled + 1 end
  -- Already registered, or nothing to cancel: a token used again before its last answer came.
  if status == 409 or status == 404 then refused = refused + 1 end
end

function done(summary, latency, requests)
  local ok, gone, no = 0, 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("registered")
    gone = gone + thread:get("cancelled")
    no = no + thread:get("refused")
  end
  io.write("BENCH_OK " .. ok .. "\n")
  io.write("BENCH_CANCELLED " .. gone .. "\n")
  io.write("BENCH_CONFLICT " .. no .. "\n")
end
