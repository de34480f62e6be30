-- wrk script for bench/ingest.mjs: POST /v1/reports, every request a fresh
-- report as the SDK makes it. Set by ingest.mjs through the environment:
--   INGEST_KEY      the project key (empty for the bare and Kysely routes)
--   INGEST_GROUPED  "1": every report has the same message (one hot ticket);
--                   otherwise fresh words make each report a new ticket
--   INGEST_START_MS the clock at the start, in ms, for the report ids
-- Prints one JSON line when done, which ingest.mjs reads.
local grouped = os.getenv("INGEST_GROUPED") == "1"
local key = os.getenv("INGEST_KEY") or ""
local startMs = tonumber(os.getenv("INGEST_START_MS") or "") or os.time() * 1000

wrk.method = "POST"
wrk.path = "/v1/reports"
wrk.headers["content-type"] = "application/json"
if key ~= "" then wrk.headers["x-aftercare-key"] = key end

local words = { "save", "load", "open", "close", "export", "import", "print", "share", "copy",
  "paste", "delete", "rename", "move", "upload", "download", "sync", "filter", "sort" }
local letters = "abcdefghijklmnopqrstuvwxyz"
local sequence = 0

function init(args)
  -- Each wrk thread has its own Lua state: seed it apart from the others.
  math.randomseed(os.time() + math.floor(os.clock() * 1e6) + (tonumber(tostring({}):match("0x(%x+)") or "0", 16) or 0) % 100000)
end

-- A word no fingerprint normalises away (letters only).
local function word()
  local picked = { words[math.random(#words)] }
  for i = 2, 6 do
    local n = math.random(26)
    picked[i] = letters:sub(n, n)
  end
  return table.concat(picked)
end

-- A time-ordered UUID laid out as the SDK's timeOrderedUuid(): 48 bits of
-- milliseconds, version 7, a 12-bit counter, then random bits. wrk's Lua has
-- no millisecond clock, so the milliseconds advance with the counter: ids
-- still sort in the order they were made, as the SDK's do.
local function reportId()
  sequence = sequence + 1
  local ms = startMs + math.floor(sequence / 4096)
  return string.format("%08x-%04x-7%03x-%04x-%04x%08x",
    math.floor(ms / 65536), ms % 65536, sequence % 4096,
    0x8000 + math.random(0, 0x3fff), math.random(0, 0xffff), math.random(0, 0x7fffffff))
end

function request()
  local message
  if grouped then
    message = "The save button does nothing"
  else
    message = "The " .. word() .. " button does nothing when I " .. word() .. " the " .. word()
  end
  local body = '{"id":"' .. reportId() .. '","kind":"bug","message":"' .. message ..
    '","impact":"hinders","page":{"url":"https://app.example.com/notes/42","title":"Notes"},' ..
    '"metadata":{"plan":"pro","build":1142},"createdAt":"' .. os.date("!%Y-%m-%dT%H:%M:%SZ") .. '"}'
  return wrk.format(nil, nil, nil, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"socketErrors":%d,"non2xx":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
