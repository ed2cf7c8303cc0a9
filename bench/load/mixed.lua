-- wrk script: replay random paths from a file, count responses per status.
--   wrk -t2 -c16 -d60s --latency -s bench/load/mixed.lua http://127.0.0.1:8000 -- paths.txt
-- Prints one line "WRKJSON {...}" with totals, percentiles (ms) and statuses for run_load.py.

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  -- A different walk through the paths per thread (ids are 1, 2, ...).
  math.randomseed(7919 * id)
  statuses = {}
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function response(status, headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
end

function done(summary, latency, requests)
  local merged = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      merged[status] = (merged[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(merged) do
    parts[#parts + 1] = string.format('"%s": %d', status, n)
  end
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %d, "seconds": %.3f, "p50_ms": %.2f, "p90_ms": %.2f, ' ..
    '"p99_ms": %.2f, "max_ms": %.2f, "mean_ms": %.2f, "connect_errors": %d, ' ..
    '"read_errors": %d, "write_errors": %d, "timeouts": %d, "non_2xx_3xx": %d, ' ..
    '"statuses": {%s}}\n',
    summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000,
    e.connect, e.read, e.write, e.timeout, e.status, table.concat(parts, ", ")))
end
