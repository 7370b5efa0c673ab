import type { Lang } from '../../core/i18n';
import { escapeHtml } from '../../core/html';

/** What the pages of the preview start from: the language and who is at the keyboard. */
export interface PreviewDefaults {
  lang: Lang;
  user: string;
}

/**
 * The browser half of the bridge, put into every sidebar before its own script: a
 * `google.script.run` that posts each call to /api/<function> and calls the success or
 * failure handler with the answer (and the user object, as Google's does), and a
 * `google.script.host` whose close() asks the preview's index page to close the frame.
 * `?lang=en` or `?lang=zh` on the page's address overrides the preview's language.
 */
const BRIDGE_SCRIPT = `
(function () {
  var query = new URLSearchParams(location.search);
  var lang = query.get('lang') || window.__SELLER_SHEETS_PREVIEW__.lang;
  function send(name, args, success, failure, userObject) {
    fetch('/api/' + encodeURIComponent(name), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ args: args, lang: lang })
    })
      .then(function (response) { return response.json(); })
      .then(
        function (answer) {
          if (answer.ok) {
            if (success) success(answer.result, userObject);
          } else if (failure) {
            var error = new Error(answer.message);
            error.name = 'ScriptError';
            failure(error, userObject);
          } else {
            console.error('google.script.run.' + name + ': ' + answer.message);
          }
        },
        function (error) {
          var lost = new Error('NetworkError: the preview server did not answer (' + error.message + ')');
          if (failure) failure(lost, userObject);
        }
      );
  }
  function runner(success, failure, userObject) {
    var own = {
      withSuccessHandler: function (handler) { return runner(handler, failure, userObject); },
      withFailureHandler: function (handler) { return runner(success, handler, userObject); },
      withUserObject: function (object) { return runner(success, failure, object); }
    };
    return new Proxy(own, {
      get: function (target, name) {
        if (name in target) return target[name];
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () {
          send(name, Array.prototype.slice.call(arguments), success, failure, userObject);
        };
      }
    });
  }
  function close() {
    if (window.parent !== window) {
      window.parent.postMessage({ sellerSheetsPreview: 'close' }, location.origin);
    } else {
      document.body.innerHTML = '<p style="padding:12px 15px;font:13px Arial">Sidebar closed.</p>';
    }
  }
  // Links to Drive files the add-on saved open the preview's copy: Drive is not reachable here.
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    if (!link) return;
    var match = /\\/(?:file|spreadsheets)\\/d\\/([^/?#]+)/.exec(link.getAttribute('href'));
    if (!match) return;
    event.preventDefault();
    window.open('/drive/' + encodeURIComponent(match[1]), '_blank');
  }, true);
  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        close: close,
        setHeight: function () {},
        setWidth: function () {},
        editor: { focus: function () {} }
      }
    }
  };
})();
`;

/** A built sidebar with the preview's `google.script` put in before anything else runs. */
export function withBridge(html: string, defaults: PreviewDefaults): string {
  const settings = JSON.stringify(defaults).replace(/</g, '\\u003c');
  const script = `<script>window.__SELLER_SHEETS_PREVIEW__ = ${settings};${BRIDGE_SCRIPT}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) {
    const end = head.index + head[0].length;
    return `${html.slice(0, end)}\n${script}${html.slice(end)}`;
  }
  return `${script}${html}`;
}

/** One menu group as the index page lists it. */
export interface IndexGroup {
  title: string;
  items: Array<{ caption: string; handler: string }>;
}

/** What the index page shows. */
export interface IndexModel extends PreviewDefaults {
  workbook: string;
  today: string;
  groups: IndexGroup[];
  pages: string[];
}

const INDEX_STYLE = `
  body { margin: 0; font: 13px/1.4 Arial, sans-serif; color: #202124; background: #f8f9fa; }
  header { padding: 10px 16px; background: #fff; border-bottom: 1px solid #dadce0; }
  header h1 { margin: 0; font-size: 16px; font-weight: normal; }
  header p { margin: 2px 0 0; color: #5f6368; overflow-wrap: anywhere; }
  .layout { display: flex; align-items: stretch; min-height: calc(100vh - 58px); }
  nav { flex: 1; padding: 12px 16px; min-width: 0; }
  nav h2 { margin: 16px 0 6px; font-size: 13px; }
  nav ul { margin: 0; padding-left: 0; list-style: none; }
  nav li { margin: 2px 0; }
  .group { margin-bottom: 8px; }
  .group > span { color: #5f6368; }
  button, select, input { font: inherit; }
  .menu-item { border: 0; background: none; color: #1a73e8; cursor: pointer; padding: 2px 0; text-align: left; }
  .menu-item:hover, .menu-item:focus-visible { text-decoration: underline; }
  a { color: #1a73e8; }
  label { display: inline-block; margin-right: 12px; }
  #messages { white-space: pre-wrap; }
  #messages .message { background: #fff; border: 1px solid #dadce0; border-radius: 4px; padding: 8px; margin: 6px 0; }
  #messages .message strong { display: block; margin-bottom: 4px; }
  aside { width: 300px; flex: none; background: #fff; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
  aside[hidden] { display: none; }
  .frame-title { display: flex; align-items: center; justify-content: space-between; padding: 8px 8px 8px 15px; border-bottom: 1px solid #dadce0; font-size: 15px; }
  .frame-title button { border: 0; background: none; font-size: 18px; cursor: pointer; color: #5f6368; }
  iframe { width: 300px; flex: 1; border: 0; min-height: 600px; }
`;

const INDEX_SCRIPT = `
(function () {
  var frame = document.getElementById('sidebar-frame');
  var aside = document.getElementById('sidebar');
  var title = document.getElementById('sidebar-title');
  var messages = document.getElementById('messages');
  var lang = document.getElementById('lang');
  var user = document.getElementById('user');
  function open(src, name) {
    title.textContent = name;
    aside.hidden = false;
    frame.src = src + (src.indexOf('?') < 0 ? '?' : '&') + 'lang=' + lang.value;
  }
  function say(list) {
    messages.replaceChildren();
    list.forEach(function (message) {
      var box = document.createElement('div');
      box.className = 'message';
      var head = document.createElement('strong');
      head.textContent = message.title;
      box.append(head, document.createTextNode(message.text));
      messages.append(box);
    });
  }
  document.querySelectorAll('[data-page]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      open(link.getAttribute('href'), link.getAttribute('data-page'));
    });
  });
  document.querySelectorAll('[data-handler]').forEach(function (button) {
    button.addEventListener('click', function () {
      say([{ title: button.textContent, text: '…' }]);
      fetch('/menu/' + encodeURIComponent(button.getAttribute('data-handler')), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ lang: lang.value })
      })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          say(answer.messages);
          if (answer.sidebar !== null) open('/shown/' + answer.sidebar.index, answer.sidebar.title);
        });
    });
  });
  document.getElementById('who').addEventListener('change', function () {
    fetch('/preview/settings', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ lang: lang.value, user: user.value })
    }).then(function () { location.reload(); });
  });
  document.getElementById('close').addEventListener('click', function () { aside.hidden = true; });
  window.addEventListener('message', function (event) {
    if (event.origin === location.origin && event.data && event.data.sellerSheetsPreview === 'close') {
      aside.hidden = true;
    }
  });
  var selection = document.getElementById('selection');
  setInterval(function () {
    fetch('/preview/state').then(function (response) { return response.json(); }).then(function (state) {
      selection.textContent = state.selection;
    }, function () {});
  }, 1000);
})();
`;

/** The preview's home: the add-on menu, the sidebars, and a 300-pixel frame to show them in. */
export function indexPage(model: IndexModel): string {
  const zh = model.lang === 'zh';
  const groups = model.groups
    .map(
      (group) =>
        `<li class="group"><span>${escapeHtml(group.title)}</span><ul>` +
        group.items
          .map(
            (item) =>
              `<li><button type="button" class="menu-item" data-handler="${escapeHtml(item.handler)}">` +
              `${escapeHtml(item.caption)}</button></li>`,
          )
          .join('') +
        '</ul></li>',
    )
    .join('');
  const pages = model.pages
    .map(
      (page) =>
        `<li><a href="/${escapeHtml(page)}.html" data-page="${escapeHtml(page)}">${escapeHtml(page)}</a>` +
        ` · <a href="/${escapeHtml(page)}.html?lang=${model.lang}" target="_blank">${zh ? '单独打开' : 'alone'}</a></li>`,
    )
    .join('');
  const option = (value: Lang, label: string) =>
    `<option value="${value}"${model.lang === value ? ' selected' : ''}>${label}</option>`;
  return `<!doctype html>
<html lang="${zh ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<title>Seller Sheets preview</title>
<style>${INDEX_STYLE}</style>
</head>
<body>
<header>
  <h1>Seller Sheets · ${zh ? '侧边栏预览' : 'sidebar preview'}</h1>
  <p>${zh ? '工作簿' : 'Workbook'}: ${escapeHtml(model.workbook)} · ${zh ? '今天' : 'today'}: ${escapeHtml(model.today)}</p>
</header>
<div class="layout">
  <nav>
    <form id="who">
      <label>${zh ? '用户' : 'User'} <input id="user" type="email" size="30" value="${escapeHtml(model.user)}"></label>
      <label>${zh ? '语言' : 'Language'} <select id="lang">${option('zh', '中文')}${option('en', 'English')}</select></label>
    </form>
    <h2>${zh ? '菜单（扩展程序 › Seller Sheets）' : 'Menu (Extensions › Seller Sheets)'}</h2>
    <ul>${groups}</ul>
    <h2>${zh ? '侧边栏（300 像素宽）' : 'Sidebars (300 px wide)'}</h2>
    <ul>${pages}</ul>
    <h2>${zh ? '选中的单元格' : 'Selected cell'}</h2>
    <p><output id="selection" aria-live="polite"></output></p>
    <h2>${zh ? '提示框' : 'Alerts'}</h2>
    <p style="color:#5f6368">${zh ? '提问框自动回答“确定”且内容为空。' : 'Prompts are answered OK, with empty text.'}</p>
    <div id="messages" aria-live="polite"></div>
  </nav>
  <aside id="sidebar" hidden aria-label="Sidebar">
    <div class="frame-title"><span id="sidebar-title"></span><button type="button" id="close" aria-label="${zh ? '关闭' : 'Close'}">×</button></div>
    <iframe id="sidebar-frame" title="Sidebar"></iframe>
  </aside>
</div>
<script>${INDEX_SCRIPT}</script>
</body>
</html>
`;
}
