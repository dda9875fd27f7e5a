-- Books a few resources under contention with the tokens of many accounts: five rooms, two-hour times that
-- start every hour, so that many requests ask for overlapping times at once. Exactly one of any overlapping
-- ones may get its 201; the others get 409. Arguments: tokens file, first resource id, number of resources,
-- threads, the first day's midnight (UTC epoch seconds), start (keeps consecutive runs apart).
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
  first_resource = tonumber(args[2])
  resource_count = tonumber(args[3])
  thread_count = tonumber(args[4])
  first_day = tonumber(args[5])
  start = tonumber(args[6])
  counter = 0
  ok = 0
  conflicts = 0
end

function request()
  local k = start + counter * thread_count + id
  counter = counter + 1
  local token = tokens[(k % #tokens) + 1]
  local resource = first_resource + (k % resource_count)
  -- 60 days × 12 start hours (07–18 UTC: 08–21 in Stockholm in winter, 09–22 in summer), walked in an order
  -- that puts neighbouring hours of one day close together in time.
  local slot = math.floor(k / resource_count) % 720
  local day = math.floor(slot / 12)
  local hour = 7 + (slot % 12)
  local from = first_day + day * 86400 + hour * 3600
  local body = '{"resourceId":' .. resource .. ',"start":"' .. os.date("!%Y-%m-%dT%H:%M:%SZ", from) ..
    '","end":"' .. os.date("!%Y-%m-%dT%H:%M:%SZ", from + 7200) .. '","purpose":"Övning","people":4}'
  return wrk.format("POST", "/api/v1/bookings", { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 201 then ok = ok + 1 end
  if status == 409 then conflicts = conflicts + 1 end
end

function done(summary, latency, requests)
  local total, refused = 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("ok")
    refused = refused + thread:get("conflicts")
  end
  io.write("BENCH_OK " .. total .. "\n")
  io.write("BENCH_CONFLICT " .. refused .. "\n")
end
