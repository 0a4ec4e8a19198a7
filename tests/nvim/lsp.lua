-- Drives `glossator lsp` from headless Neovim (0.7 and later) for tests/lsp.rs: opens a
-- translation, waits for its diagnostics, hovers a message id, applies the code action
-- that replaces a forbidden term, and writes what it saw to $GLOSSATOR_OUT as JSON.
-- Run: GLOSSATOR_BIN=... GLOSSATOR_ROOT=... GLOSSATOR_OUT=... nvim --headless --clean -c 'luafile tests/nvim/lsp.lua'

local bin = os.getenv('GLOSSATOR_BIN')
local root = os.getenv('GLOSSATOR_ROOT')
local out = os.getenv('GLOSSATOR_OUT')
local result = { error = vim.NIL }

local function codes(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, d.code)
  end
  table.sort(list)
  return list
end

local function has(list, code)
  for _, c in ipairs(list) do
    if c == code then return true end
  end
  return false
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/locales/fr/main.ftl'))
  local buf = vim.api.nvim_get_current_buf()
  local client = vim.lsp.start_client({ name = 'glossator', cmd = { bin, 'lsp' }, root_dir = root })
  assert(client, 'the server did not start')
  vim.lsp.buf_attach_client(buf, client)
  assert(vim.wait(20000, function() return has(codes(buf), 'forbidden-term') end, 20),
    'no diagnostics: ' .. vim.inspect(codes(buf)))
  result.before = codes(buf)

  -- Hover on the message id `centers`.
  vim.api.nvim_win_set_cursor(0, { 1, 2 })
  local hovers = vim.lsp.buf_request_sync(buf, 'textDocument/hover', vim.lsp.util.make_position_params(), 10000)
  for _, r in pairs(hovers or {}) do
    if r.result and r.result.contents then result.hover = r.result.contents.value end
  end

  -- The quick fix of the forbidden term, applied as `:lua vim.lsp.buf.code_action()` would.
  local term
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == 'forbidden-term' then term = d end
  end
  vim.api.nvim_win_set_cursor(0, { term.lnum + 1, term.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf) }
  local answers = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000)
  for _, r in pairs(answers or {}) do
    for _, action in ipairs(r.result or {}) do
      if action.kind == 'quickfix' and action.isPreferred and not result.action then
        result.action = action.title
        vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      end
    end
  end
  assert(result.action, 'no code action: ' .. vim.inspect(answers))
  result.line = vim.api.nvim_buf_get_lines(buf, 0, 1, false)[1]
  assert(vim.wait(20000, function() return not has(codes(buf), 'forbidden-term') end, 20),
    'the finding stayed: ' .. vim.inspect(codes(buf)))
  result.after = codes(buf)
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
local f = io.open(out, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qa!')
