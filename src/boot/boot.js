/*
 * The first script of every page of the add-in, in ECMAScript 5 only, so that it runs in every
 * webview Office may use — Internet Explorer 11 (Office 2016/2019 volume-licensed), EdgeHTML
 * (Office 2016/2019 retail), WebView2 and Safari (Microsoft 365, Office 2021 and later) — and in
 * any browser.
 *
 * 1. Where is the page? Inside Office exactly when Office gave the page its host information, read
 *    from the same places and in the same order as office.js itself reads it (office.debug.js,
 *    `_retrieveHostInfo`): `window.external.GetHostInfo()` (or `agaveHost`), the `_host_Info`
 *    query parameter, `window.name` as JSON with a `hostInfo`, and the `hostInfoValue` that
 *    office.js keeps in sessionStorage. Never a timer.
 * 2. Only inside Office is office.js loaded (from the `data-office-js` address of this script's
 *    tag): outside Office, a page working on a local file makes no request to any other host.
 * 3. A webview that cannot run the pane (the bundle is ES2022) gets a clear message in
 *    Vietnamese and English instead of an endless "Đang tải…". The two sentences are also in the
 *    message catalogue (`boot.unsupported`); a test keeps them equal.
 *
 * What it found is `window.ThiDuaBoot`: { hostInfo, hosted, supported, office } where `office` is
 * "none" (not loaded: outside Office or unsupported), "loading", "loaded" or "failed", and
 * `onOffice(callback)` calls back once office.js has loaded or failed.
 */
(function () {
  "use strict";
  var w = window;
  var d = document;

  var MESSAGES = {
    vi: "Phiên bản Office hoặc trình duyệt này quá cũ để chạy Thi Đua. Hãy dùng Microsoft 365 hoặc Office 2021 trở lên; với Office 2016 hay 2019, mở Thi Đua trong Edge, Chrome hoặc Firefox (chế độ tệp) với chính sổ tính này.",
    en: "This version of Office or this browser is too old to run Thi Đua. Use Microsoft 365 or Office 2021 or later; with Office 2016 or 2019, open Thi Đua in Edge, Chrome or Firefox (file mode) with the same workbook.",
  };

  function readHostInfo() {
    try {
      var external = w.external || {};
      if (typeof w.agaveHost !== "undefined" && w.agaveHost && w.agaveHost.GetHostInfo) {
        var agave = w.agaveHost.GetHostInfo();
        if (agave) return String(agave);
      }
      if (typeof external.GetHostInfo !== "undefined") {
        var sandbox = external.GetHostInfo();
        if (sandbox) return String(sandbox);
      }
    } catch (ignored) {
      // not in an Office webview
    }
    var query = /[?&]_host_Info=([^&#]*)/.exec(w.location.search || "");
    if (query && query[1]) {
      try {
        return decodeURIComponent(query[1]);
      } catch (ignored) {
        return query[1];
      }
    }
    try {
      var named = JSON.parse(w.name || "null");
      if (named && named.hostInfo) return String(named.hostInfo);
    } catch (ignored) {
      // window.name is not Office's JSON
    }
    try {
      var stored = w.sessionStorage && w.sessionStorage.getItem("hostInfoValue");
      if (stored) return String(stored);
    } catch (ignored) {
      // no sessionStorage (privacy settings)
    }
    return null;
  }

  function isSupported() {
    // the pane's scripts are ES2022: these built-ins arrived with it in every engine
    return (
      typeof w.Promise === "function" &&
      typeof Array.prototype.at === "function" &&
      typeof Object.hasOwn === "function" &&
      typeof w.TextDecoder === "function"
    );
  }

  var hostInfo = readHostInfo();
  var listeners = [];
  var boot = {
    hostInfo: hostInfo,
    hosted: hostInfo !== null,
    supported: isSupported(),
    office: "none",
    onOffice: function (callback) {
      if (boot.office === "loaded" || boot.office === "failed") callback(boot.office);
      else listeners.push(callback);
    },
  };
  w.ThiDuaBoot = boot;

  function officeSettled(state) {
    boot.office = state;
    var pending = listeners;
    listeners = [];
    for (var i = 0; i < pending.length; i++) pending[i](state);
  }

  if (boot.supported && boot.hosted) {
    var tag = d.getElementById("thidua-boot");
    var source = tag && tag.getAttribute("data-office-js");
    if (source) {
      var script = d.createElement("script");
      script.src = source;
      script.async = false;
      script.onload = function () {
        officeSettled("loaded");
      };
      script.onerror = function () {
        officeSettled("failed");
      };
      boot.office = "loading";
      (d.head || d.getElementsByTagName("head")[0]).appendChild(script);
    } else {
      boot.office = "failed";
    }
  }

  function showUnsupported() {
    var status = d.getElementById("host-status");
    if (status) {
      status.className = "host-status status status-error";
      status.textContent = "";
      var langs = ["vi", "en"];
      for (var l = 0; l < langs.length; l++) {
        var line = d.createElement("span");
        line.lang = langs[l];
        line.style.display = "block";
        line.textContent = MESSAGES[langs[l]];
        status.appendChild(line);
      }
    }
    var hide = ["steps", "steps-heading", "file-bar", "issues"];
    for (var i = 0; i < hide.length; i++) {
      var element = d.getElementById(hide[i]);
      if (element) element.style.display = "none";
    }
    var app = d.getElementById("app");
    if (app) app.setAttribute("aria-busy", "false");
    d.documentElement.setAttribute("data-unsupported", "true");
  }

  if (!boot.supported) {
    if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", showUnsupported);
    else showUnsupported();
  }
})();
