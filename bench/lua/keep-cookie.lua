-- wrk: GET, keeping the session cookie the first answer sets, as a returning visitor's browser does.
-- Without it every request would open a new session and soon reach spasmcare.max-sessions.
wrk.headers["Accept"] = "text/html"
local req = nil

request = function()
  return req or wrk.format()
end

response = function(status, headers, body)
  if req == nil then
    local cookie = headers["Set-Cookie"] or headers["set-cookie"]
    if cookie then
      wrk.headers["Cookie"] = cookie:match("^[^;]+")
      req = wrk.format()
    end
  end
end
