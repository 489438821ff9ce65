-- wrk script for bench/load-bench.sh's paced runs: every connection pauses a random, exponentially distributed time
-- between its requests (mean REGIE_BENCH_PAUSE_MS), so 50 connections offer a steady rate from independent users instead
-- of keeping 50 requests in flight all the time. wrk times each request from sending to its answer, without the pause.
local mean_ms = tonumber(os.getenv("REGIE_BENCH_PAUSE_MS") or "0")
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end

function init(args)
  -- Each thread its own sequence, or the two threads would pause in step.
  math.randomseed(os.time() * 100 + (number or 0))
end

function delay()
  if mean_ms <= 0 then return 0 end
  return -mean_ms * math.log(1 - math.random())
end
