import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x3) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x3, {
  get: (a, b3) => (typeof require !== "undefined" ? require : a)[b3]
}) : x3)(function(x3) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x3 + '" is not supported');
});
var __esm = (fn2, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn2 && (res = (0, fn2[__getOwnPropNames(fn2)[0]])(fn2 = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to2, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to2, key) && key !== except)
        __defProp(to2, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to2;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m2 = s * 60;
    var h3 = m2 * 60;
    var d2 = h3 * 24;
    var w2 = d2 * 7;
    var y2 = d2 * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y2;
        case "weeks":
        case "week":
        case "w":
          return n * w2;
        case "days":
        case "day":
        case "d":
          return n * d2;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h3;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m2;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return Math.round(ms2 / d2) + "d";
      }
      if (msAbs >= h3) {
        return Math.round(ms2 / h3) + "h";
      }
      if (msAbs >= m2) {
        return Math.round(ms2 / m2) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms2 / s) + "s";
      }
      return ms2 + "ms";
    }
    function fmtLong(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return plural(ms2, msAbs, d2, "day");
      }
      if (msAbs >= h3) {
        return plural(ms2, msAbs, h3, "hour");
      }
      if (msAbs >= m2) {
        return plural(ms2, msAbs, m2, "minute");
      }
      if (msAbs >= s) {
        return plural(ms2, msAbs, s, "second");
      }
      return ms2 + " ms";
    }
    function plural(ms2, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env2) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env2).forEach((key) => {
        createDebug[key] = env2[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms2 = curr - (prevTime || curr);
          self.diff = ms2;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v2) => {
            enableOverride = v2;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns2 of split) {
          if (ns2[0] === "-") {
            createDebug.skips.push(ns2.slice(1));
          } else {
            createDebug.names.push(ns2);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns2 of createDebug.names) {
          if (matchesTemplate(name, ns2)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m2;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m2 = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m2[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c3 = "color: " + this.color;
      args.splice(1, 0, c3, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c3);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r2;
      try {
        r2 = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r2 && typeof process !== "undefined" && "env" in process) {
        r2 = process.env.DEBUG;
      }
      return r2;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v2) {
      try {
        return JSON.stringify(v2);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty2 = __require("tty");
    var util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor2 = __require("supports-color");
      if (supportsColor2 && (supportsColor2.stderr || supportsColor2).level >= 2) {
        exports.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_3, k2) => {
        return k2.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty2.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c3 = this.color;
        const colorCode = "\x1B[3" + (c3 < 8 ? c3 : "8;5;" + c3);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      const keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs_1 = __require("fs");
    var debug_1 = __importDefault(require_src());
    var log = debug_1.default("@kwsites/file-exists");
    function check(path, isFile, isDirectory) {
      log(`checking %s`, path);
      try {
        const stat = fs_1.statSync(path);
        if (stat.isFile() && isFile) {
          log(`[OK] path represents a file`);
          return true;
        }
        if (stat.isDirectory() && isDirectory) {
          log(`[OK] path represents a directory`);
          return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
      } catch (e) {
        if (e.code === "ENOENT") {
          log(`[FAIL] path is not accessible: %o`, e);
          return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
      }
    }
    function exists(path, type = exports.READABLE) {
      return check(path, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
    }
    exports.exists = exists;
    exports.FILE = 1;
    exports.FOLDER = 2;
    exports.READABLE = exports.FILE + exports.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports) {
    "use strict";
    function __export2(m2) {
      for (var p2 in m2) if (!exports.hasOwnProperty(p2)) exports[p2] = m2[p2];
    }
    Object.defineProperty(exports, "__esModule", { value: true });
    __export2(require_src2());
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDeferred = exports.deferred = void 0;
    function deferred() {
      let done;
      let fail;
      let status = "pending";
      const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
      });
      return {
        promise,
        done(result2) {
          if (status === "pending") {
            status = "resolved";
            done(result2);
          }
        },
        fail(error) {
          if (status === "pending") {
            status = "rejected";
            fail(error);
          }
        },
        get fulfilled() {
          return status !== "pending";
        },
        get status() {
          return status;
        }
      };
    }
    exports.deferred = deferred;
    exports.createDeferred = deferred;
    exports.default = deferred;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input2, char, lastIdx) => {
      const idx = input2.lastIndexOf(char, lastIdx);
      if (idx === -1) return input2;
      if (input2[idx - 1] === "\\") return exports.escapeLast(input2, char, idx - 1);
      return `${input2.slice(0, idx)}\\${input2.slice(idx)}`;
    };
    exports.removePrefix = (input2, state = {}) => {
      let output = input2;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input2, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input2})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input2, options) => {
      const opts = options || {};
      const length = input2.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input2;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input: input2,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input2.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input2.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input2.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v2) => utils.escapeRegex(v2)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input2) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input2) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j3 = i + 1; j3 < values.length; j3++) {
          const a = values[i];
          const b3 = values[j3];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b3 !== char.repeat(b3.length)) {
            continue;
          }
          if (a === b3 || a.startsWith(b3) || b3.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input2, options) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected a string");
      }
      input2 = REPLACEMENTS[input2] || input2;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input: input2,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input2 = utils.removePrefix(input2, state);
      len = input2.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input2[state.index + n];
      const advance = state.advance = () => input2[++state.index] || "";
      const remaining = () => input2.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input2.slice(token.startIndex, state.index + 1);
        const body = input2.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input2)) {
        let backslashes = false;
        let output = input2.replace(REGEX_SPECIAL_CHARS_BACKREF, (m2, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m2;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m2 : `\\${m2}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m2) => {
              return m2.length % 2 === 0 ? "\\\\" : m2 ? "\\" : "";
            });
          }
        }
        if (output === input2 && opts.contains === true) {
          state.output = input2;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t2 of toks) {
              state.output += t2.output || t2.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input2[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input2, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input2 = REPLACEMENTS[input2] || input2;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input2, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input2) => picomatch2(input2, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex2 = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input2, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input2, regex2, options, { glob, posix });
        const result2 = { glob, state, regex: regex2, posix, input: input2, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result2);
        }
        if (isMatch === false) {
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (isIgnored(input2)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result2);
          }
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result2);
        }
        return returnObject ? result2 : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input2, regex2, options, { glob, posix } = {}) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input2 === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input2 === glob;
      let output = match && format ? format(input2) : input2;
      if (match === false) {
        output = format ? format(input2) : input2;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input2, regex2, options, posix);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input2, glob, options, posix = options && options.windows) => {
      const regex2 = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex2.test(utils.basename(input2, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p2) => picomatch2.parse(p2, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input2, options) => scan(input2, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex2 = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex2.state = state;
      }
      return regex2;
    };
    picomatch2.makeRe = (input2, options = {}, returnOutput = false, returnState = false) => {
      if (!input2 || typeof input2 !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input2[0] === "." || input2[0] === "*")) {
        parsed.output = parse.fastpaths(input2, options);
      }
      if (!parsed.output) {
        parsed = parse(input2, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/engine/detect-pool.ts
var detect_pool_exports = {};
__export(detect_pool_exports, {
  DetectPool: () => DetectPool
});
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var DetectPool;
var init_detect_pool = __esm({
  "src/engine/detect-pool.ts"() {
    "use strict";
    DetectPool = class {
      workers = [];
      nextId = 0;
      constructor(specs, decode, size = Math.max(1, availableParallelism())) {
        for (let i = 0; i < size; i++) {
          const worker = new Worker(new URL("./detect-worker.js", import.meta.url), { workerData: { specs, decode } });
          const jobs = /* @__PURE__ */ new Map();
          worker.on("message", ({ id, findings, error }) => {
            const job = jobs.get(id);
            jobs.delete(id);
            if (error === void 0) job.resolve(findings);
            else job.reject(new Error(error));
          });
          worker.on("error", (error) => {
            for (const job of jobs.values()) job.reject(error);
            jobs.clear();
          });
          this.workers.push({ worker, jobs });
        }
      }
      /** The findings of each fragment of a batch: one message per batch, since messages cost more than small fragments. */
      detect(fragments) {
        const target = this.workers.reduce((least, w2) => w2.jobs.size < least.jobs.size ? w2 : least);
        const id = this.nextId++;
        return new Promise((resolve6, reject) => {
          target.jobs.set(id, { resolve: resolve6, reject });
          target.worker.postMessage({ id, fragments });
        });
      }
      async close() {
        await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
      }
    };
  }
});

// src/report/redact.ts
function redact(secret) {
  const shown = Math.min(4, Math.floor(secret.length / 4));
  return `${secret.slice(0, shown)}\u2026`;
}
function shownSecret(finding, showSecrets) {
  return showSecrets ? finding.secret : redact(finding.secret);
}
var CONTEXT = 60;
function redactedLine(finding, showSecrets) {
  const line = finding.lineText;
  const start = finding.column - 1;
  const end = finding.endLine === finding.line ? finding.endColumn - 1 : line.length;
  const replacement = shownSecret(finding, showSecrets);
  const before = line.slice(Math.max(0, start - CONTEXT), start);
  const after = line.slice(end, end + CONTEXT);
  const head = start > CONTEXT ? "\u2026" : "";
  const tail = end + CONTEXT < line.length ? "\u2026" : "";
  const text = `${head}${before}${replacement}${after}${tail}`;
  const spanStart = head.length + before.length;
  return { text, start: spanStart, end: spanStart + replacement.length };
}

// node_modules/chalk/source/vendor/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex2) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex2.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex2) => styles.rgbToAnsi256(...styles.hexToRgb(hex2)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result2 = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result2 += 60;
        }
        return result2;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex2) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex2)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/chalk/source/vendor/supports-color/index.js
import process2 from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process2.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
var { env } = process2;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process2.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version2 = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version2 >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default;
var GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
var STYLER = /* @__PURE__ */ Symbol("STYLER");
var IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
var levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
];
var styles2 = /* @__PURE__ */ Object.create(null);
var applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
    throw new Error("The `level` option should be an integer from 0 to 3");
  }
  const colorLevel = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
  constructor(options) {
    return chalkFactory(options);
  }
};
var chalkFactory = (options) => {
  const chalk2 = (...strings) => strings.join(" ");
  applyOptions(chalk2, options);
  Object.setPrototypeOf(chalk2, createChalk.prototype);
  return chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansi_styles_default)) {
  styles2[styleName] = {
    get() {
      const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      Object.defineProperty(this, styleName, { value: builder });
      return builder;
    }
  };
}
styles2.visible = {
  get() {
    const builder = createBuilder(this, this[STYLER], true);
    Object.defineProperty(this, "visible", { value: builder });
    return builder;
  }
};
var getModelAnsi = (model, level, type, ...arguments_) => {
  if (model === "rgb") {
    if (level === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_);
    }
    if (level === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
  }
  return ansi_styles_default[type][model](...arguments_);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: true,
    get() {
      return this[GENERATOR].level;
    },
    set(level) {
      this[GENERATOR].level = level;
    }
  }
});
var createStyler = (open, close, parent) => {
  let openAll;
  let closeAll;
  if (parent === void 0) {
    openAll = open;
    closeAll = close;
  } else {
    openAll = parent.openAll + open;
    closeAll = close + parent.closeAll;
  }
  return {
    open,
    close,
    openAll,
    closeAll,
    parent
  };
};
var createBuilder = (self, _styler, _isEmpty) => {
  const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
  Object.setPrototypeOf(builder, proto);
  builder[GENERATOR] = self;
  builder[STYLER] = _styler;
  builder[IS_EMPTY] = _isEmpty;
  return builder;
};
var applyStyle = (self, string) => {
  if (self.level <= 0 || !string) {
    return self[IS_EMPTY] ? "" : string;
  }
  let styler = self[STYLER];
  if (styler === void 0) {
    return string;
  }
  const { openAll, closeAll } = styler;
  if (string.includes("\x1B")) {
    while (styler !== void 0) {
      string = stringReplaceAll(string, styler.close, styler.open);
      styler = styler.parent;
    }
  }
  const lfIndex = string.indexOf("\n");
  if (lfIndex !== -1) {
    string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
  }
  return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk();
var chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });

// src/report/next-steps.ts
var NOT_A_SECRET = "Not a secret? Put leakguard:allow on its line, or accept it in the baseline";
var EXPLAIN = "leakguard explain RULE-ID says what a rule finds and why it matters.";
function steps(result2) {
  const files = result2.findings.some((finding) => finding.fix);
  const secrets = result2.findings.some((finding) => !finding.fix);
  if (result2.source === "staged") {
    return {
      steps: [
        ...secrets ? ["Take each secret out of its file, read it from the environment or a secret manager instead, and git add the file again."] : [],
        ...files ? ["Unstage each file that must not be committed with the command on its fix line: it stays on disk, and .gitignore keeps it out."] : [],
        ...secrets ? ["If a secret was ever pushed, shared or pasted anywhere, rotate it as well: its rotate line says where."] : [],
        `${NOT_A_SECRET}, then commit again.`
      ],
      lastResort: "Last resort, only when you are sure nothing here is secret: git commit --no-verify skips this check."
    };
  }
  if (result2.source === "history") {
    return {
      steps: [
        "Rotate each secret at its issuer first: its rotate line says where. Every clone keeps the history, so deleting the secret now does not make it safe.",
        "Then take out any that are still in the files. Rewriting history helps only once every clone and fork is replaced, and never instead of rotating.",
        `Not a secret? Accept it in the baseline. ${EXPLAIN}`
      ]
    };
  }
  return {
    steps: [
      "Rotate each secret at its issuer: its rotate line says where. Deleting it does not revoke it, and it may already be in a commit, a log or a backup.",
      "Take it out of the file and read it from the environment or a secret manager; keep .env files out of git.",
      `${NOT_A_SECRET}. ${EXPLAIN}`
    ]
  };
}
function nextSteps(result2) {
  if (result2.findings.length === 0) return void 0;
  const { steps: list, lastResort } = steps(result2);
  const head = result2.source === "staged" ? "The commit is stopped. What to do next:" : "What to do next:";
  return [head, ...list.map((step, i) => `  ${i + 1}. ${step}`), ...lastResort ? [`  ${lastResort}`] : []].join("\n");
}

// src/report/text.ts
var printable = (text) => text.replace(/[\x00-\x1f\x7f]/g, " ");
function markedLine(finding, c3, showSecrets) {
  const line = redactedLine(finding, showSecrets);
  const text = printable(line.text).trimEnd();
  const indent = text.length - text.trimStart().length;
  const [before, span, after] = [text.slice(indent, line.start), text.slice(line.start, line.end), text.slice(line.end)];
  const width = (part) => [...part].length;
  return [`${before}${c3.red.bold(span)}${after}`, `${" ".repeat(width(before))}${c3.red("^".repeat(Math.max(1, width(span))))}`];
}
function findingBlock(finding, c3, showSecrets) {
  const notes = [finding.verified && c3.green(" (checksum verified)"), finding.decoded && c3.dim(` (decoded: ${finding.decoded})`)].filter(Boolean).join("");
  const { commit } = finding;
  const details = [
    ...commit ? [c3.dim(printable(`commit ${commit.sha.slice(0, 12)} by ${commit.author} <${commit.email}> on ${commit.date}: ${commit.message}`))] : [],
    // A finding about a whole file has no line to show; its fix says what to do.
    ...finding.fix ? [`fix: ${finding.fix}`] : markedLine(finding, c3, showSecrets),
    ...finding.rotate ? [c3.dim(`rotate: ${finding.rotate}`)] : []
  ];
  return [`  ${c3.bold(`${finding.line}:${finding.column}`)}  ${c3.yellow(finding.ruleId)}  ${finding.description}${notes}`, ...details.map((line) => `      ${line}`)].join("\n");
}
function byFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) groups.set(finding.file, [...groups.get(finding.file) ?? [], finding]);
  return groups;
}
var renderText = (result2, options) => {
  const c3 = new Chalk({ level: options.color ? 1 : 0 });
  const fresh = result2.findings.filter((finding) => finding.status !== "known");
  const groups = [...byFile(fresh)].map(
    ([file, findings]) => [c3.bold.underline(printable(file)), ...findings.map((finding) => findingBlock(finding, c3, options.showSecrets))].join("\n")
  );
  if (options.quiet) return groups.map((group) => `${group}
`).join("\n");
  const steps2 = nextSteps({ ...result2, findings: fresh });
  return [...groups, ...staleBlock(result2), summaryLine(result2), ...steps2 ? [steps2] : []].join("\n\n") + "\n";
};
var TRUNCATED_NOTE = "History is truncated: this is a shallow clone, and commits before its oldest were not scanned.";
var count = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;
function summaryLine(result2) {
  const { files, bytes, skipped, durationMs, lines, commits, truncated } = result2.stats;
  const inCommits = commits === void 0 ? "" : ` in ${count(commits, "commit")}`;
  const what = [commits !== void 0 && count(commits, "commit"), count(files, "file")].filter(Boolean).join(", ");
  const details = [lines !== void 0 && `${count(lines, "line")} added`, formatBytes(bytes), skipped > 0 && `${skipped} skipped`].filter(Boolean).join(", ");
  const ignoredPart = result2.ignored ? `, ${result2.ignored} ignored` : "";
  const summary = lines === 0 && skipped === 0 && result2.findings.length === 0 ? `Nothing to scan: no lines added${inCommits}.` : `Scanned ${what} (${details}) in ${durationMs} ms: ${verdict(result2)}${ignoredPart}.`;
  return truncated ? `${summary}
${TRUNCATED_NOTE}` : summary;
}
function verdict(result2) {
  const found = result2.findings.length;
  if (result2.baseline) {
    const known = result2.findings.filter((finding) => finding.status === "known").length;
    return `${found - known} new \xB7 ${known} known \xB7 ${result2.baseline.stale.length} stale`;
  }
  return found === 0 ? "no secrets found" : `${count(found, "secret")} found`;
}
function staleBlock(result2) {
  const stale = result2.baseline?.stale ?? [];
  if (stale.length === 0) return [];
  const lines = stale.map((ref) => `  ${ref.file}  ${ref.ruleId}`);
  return [[`Stale in ${result2.baseline.file} (no longer found; --update-baseline prunes them):`, ...lines].join("\n")];
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

// src/report/github.ts
var escapeData = (text) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (text) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
var renderGithub = (result2, options) => {
  const lines = result2.findings.filter((f3) => f3.status !== "known").map((f3) => {
    const properties = [
      `file=${escapeProperty(f3.file)}`,
      `line=${f3.line}`,
      `col=${f3.column}`,
      `endLine=${f3.endLine}`,
      `endColumn=${f3.endColumn}`,
      `title=${escapeProperty(`leakguard: ${f3.ruleId}`)}`
    ].join(",");
    const message = `${f3.description} (${shownSecret(f3, options.showSecrets)}). ${f3.rotate ? `Rotate: ${f3.rotate}` : "Rotate it."} Not a secret? Add leakguard:allow on the line or baseline it.`;
    return `::error ${properties}::${escapeData(message)}`;
  });
  return [...lines, summaryLine(result2)].join("\n") + "\n";
};

// src/errors.ts
var ExitCode = { Clean: 0, Findings: 1, Error: 2 };
var ScanError = class extends Error {
  constructor(message, hint, options) {
    super(message, options);
    this.hint = hint;
    this.name = new.target.name;
  }
  hint;
};
var ConfigError = class extends ScanError {
};
var RuleError = class extends ScanError {
};
var GitError = class extends ScanError {
  constructor(args, stderr, options) {
    super(`git ${args.join(" ")} failed: ${stderr.trim() || "no message"}`, void 0, options);
  }
};

// src/report-failure.ts
function reportFailure(error, showStack) {
  const known = error instanceof ScanError;
  const message = known ? error.message : `unexpected: ${error?.message ?? String(error)}`;
  const hint = known ? error.hint : "please report this with --debug output";
  const line = `${message.replace(/\s*\n\s*/g, " ").trim()}${hint ? ` (${hint})` : ""}`;
  process.stderr.write(`error: ${line}
`);
  if (showStack) process.stderr.write(`${error?.stack}
`);
  process.exitCode = ExitCode.Error;
  return line;
}

// src/action/run-action.ts
import { resolve as resolve5 } from "node:path";

// src/report/csv.ts
var COLUMNS = ["ruleId", "file", "line", "column", "endLine", "endColumn", "confidence", "match", "fingerprint", "secretHash", "commit", "author", "date"];
var quote = (value) => {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
var renderCsv = (result2, options) => {
  const rows = result2.findings.map(
    (f3) => [f3.ruleId, f3.file, f3.line, f3.column, f3.endLine, f3.endColumn, f3.confidence, shownSecret(f3, options.showSecrets), f3.fingerprint, f3.secretHash, f3.commit?.sha ?? "", f3.commit?.author ?? "", f3.commit?.date ?? ""].map(quote).join(",")
  );
  return [COLUMNS.join(","), ...rows].join("\r\n") + "\r\n";
};

// src/report/json.ts
function findingRecord(finding, options) {
  return {
    ruleId: finding.ruleId,
    description: finding.description,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    match: shownSecret(finding, options.showSecrets),
    secretHash: finding.secretHash,
    fingerprint: finding.fingerprint,
    entropy: finding.entropy,
    confidence: finding.confidence,
    ...finding.verified && { verified: true },
    ...finding.decoded && { decoded: finding.decoded },
    ...finding.status && { status: finding.status },
    ...finding.fix && { fix: finding.fix },
    ...finding.commit && {
      commit: finding.commit.sha,
      author: finding.commit.author,
      email: finding.commit.email,
      date: finding.commit.date,
      message: finding.commit.message
    }
  };
}
var renderJson = (result2, options) => `${JSON.stringify(
  {
    version: 1,
    findings: result2.findings.map((finding) => findingRecord(finding, options)),
    stats: result2.stats,
    ...result2.ignored && { ignored: result2.ignored },
    ...result2.baseline && { baseline: result2.baseline }
  },
  null,
  2
)}
`;

// src/report/junit.ts
var xml = (text) => text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch]).replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, "");
var renderJunit = (result2, options) => {
  const cases = result2.findings.map((f3) => {
    const name = xml(`${f3.file}:${f3.line}:${f3.column} ${f3.ruleId}`);
    const detail = xml(`${f3.description} (${shownSecret(f3, options.showSecrets)})${f3.commit ? ` in commit ${f3.commit.sha}` : ""}. ${f3.rotate ?? ""}`);
    return `    <testcase classname="leakguard.${xml(f3.ruleId)}" name="${name}" file="${xml(f3.file)}" line="${f3.line}">
      <failure message="${xml(f3.description)}" type="${xml(f3.ruleId)}">${detail}</failure>
    </testcase>`;
  });
  const passed = result2.findings.length === 0 ? ['    <testcase classname="leakguard" name="no secrets found"/>'] : [];
  const seconds = (result2.stats.durationMs / 1e3).toFixed(3);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="leakguard" tests="${Math.max(1, cases.length)}" failures="${cases.length}" time="${seconds}">`,
    `  <testsuite name="leakguard" tests="${Math.max(1, cases.length)}" failures="${cases.length}" errors="0" time="${seconds}">`,
    ...cases,
    ...passed,
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
};

// src/report/markdown.ts
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
var renderMarkdown = (result2, options) => {
  const head = `## leakguard

${summaryLine(result2)}
`;
  const fresh = result2.findings.filter((f3) => f3.status !== "known");
  if (fresh.length === 0) return `${head}
:white_check_mark: No new secrets found.
`;
  const rows = fresh.map(
    (f3) => [
      `\`${cell(f3.file)}:${f3.line}\``,
      `\`${f3.ruleId}\``,
      cell(f3.description),
      `\`${cell(shownSecret(f3, options.showSecrets))}\``,
      f3.commit ? `\`${f3.commit.sha.slice(0, 12)}\`` : ""
    ].join(" | ")
  );
  return [
    head,
    "| Location | Rule | What | Match | Commit |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row} |`),
    "",
    "Rotate each credential at its issuer first: removing it from the code does not revoke it. ",
    "If a finding is not a secret, add `leakguard:allow` on its line or add it to the baseline.",
    ""
  ].join("\n");
};

// src/report/sarif.ts
import { createHash } from "node:crypto";

// src/package-version.ts
import { readFileSync } from "node:fs";
import { join as join2 } from "node:path";

// src/package-root.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "rules"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("leakguard package root not found");
    dir = parent;
  }
  return dir;
}

// src/package-version.ts
var version;
function packageVersion() {
  version ??= JSON.parse(readFileSync(join2(packageRoot(), "package.json"), "utf8")).version;
  return version;
}

// src/report/sarif.ts
var SEVERITY = { high: "9.0", medium: "7.0", low: "5.0" };
var LEVEL = { high: "error", medium: "error", low: "warning" };
function ruleDescriptor(rule) {
  const help = rule.rotate ?? "Revoke the credential at its issuer and remove it from the repository.";
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description}: a credential committed to the repository.` },
    help: { text: `Rotate: ${help} If it is not a secret, add \`leakguard:allow\` on the line or baseline it.`, markdown: `**Rotate:** ${help}

If it is not a secret, add \`leakguard:allow\` on the line or baseline it.` },
    defaultConfiguration: { level: LEVEL[rule.confidence] },
    properties: { tags: ["security", "secret", ...rule.tags], precision: rule.confidence === "high" ? "very-high" : rule.confidence, "security-severity": SEVERITY[rule.confidence] }
  };
}
function result(finding, ruleIndex) {
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.confidence],
    message: { text: `${finding.description} found${finding.decoded ? ` (decoded from ${finding.decoded})` : ""}. Rotate it, then remove it from the repository.` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(finding.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
        }
      }
    ],
    // Code scanning matches alerts across runs with this; it never holds the secret.
    partialFingerprints: { "leakguard/v1": createHash("sha256").update(`${finding.fingerprint}\0${finding.file}`).digest("hex").slice(0, 32) },
    properties: {
      fingerprint: finding.fingerprint,
      confidence: finding.confidence,
      ...finding.commit && { commit: finding.commit.sha, author: finding.commit.author, date: finding.commit.date }
    }
  };
}
var renderSarif = (scan) => {
  const rules = [...scan.rules].sort((a, b3) => a.id.localeCompare(b3.id));
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "leakguard", version: packageVersion(), rules: rules.map(ruleDescriptor) } },
        originalUriBaseIds: { "%SRCROOT%": { uri: "./" } },
        // Known findings (in the baseline) would reopen alerts a team already dismissed.
        results: scan.findings.filter((f3) => f3.status !== "known").map((finding) => result(finding, index.get(finding.ruleId) ?? -1))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};

// src/report/index.ts
var reporters = {
  text: renderText,
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub,
  markdown: renderMarkdown,
  junit: renderJunit,
  csv: renderCsv
};
var formatNames = Object.keys(reporters);

// src/config/scan-context.ts
import { resolve as resolve2 } from "node:path";

// src/engine/decode/decoders.ts
var MAX_TOKEN = 4096;
var BASE64_BIT = 1;
var ALNUM_BIT = 2;
var HEX_BIT = 4;
var CLASSES = new Uint8Array(128);
for (const ch of "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") CLASSES[ch.charCodeAt(0)] = BASE64_BIT | ALNUM_BIT;
for (const ch of "+/_-") CLASSES[ch.charCodeAt(0)] = BASE64_BIT;
for (const ch of "0123456789abcdefABCDEF") CLASSES[ch.charCodeAt(0)] |= HEX_BIT;
var MIN_BASE64 = 24;
var MIN_HEX = 32;
var MAX_RUN = 65536;
var lastText;
var lastRuns = { base64: [], hex: [] };
function encodedRuns(text) {
  if (text === lastText) return lastRuns;
  const runs = { base64: [], hex: [] };
  let base64Start = -1;
  let alnumStart = -1;
  let allHex = true;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const bits = code < 128 ? CLASSES[code] : 0;
    if (bits & ALNUM_BIT) {
      if (alnumStart < 0) {
        alnumStart = i;
        allHex = true;
      }
      if (!(bits & HEX_BIT)) allHex = false;
    } else if (alnumStart >= 0) {
      const length = i - alnumStart;
      if (allHex && length >= MIN_HEX && length <= MAX_RUN && length % 2 === 0) runs.hex.push([alnumStart, i]);
      alnumStart = -1;
    }
    if (bits & BASE64_BIT) {
      if (base64Start < 0) base64Start = i;
    } else if (base64Start >= 0) {
      const length = i - base64Start;
      if (length >= MIN_BASE64 && length <= MAX_RUN) {
        let end = i;
        while (end < text.length && end - i < 2 && text.charCodeAt(end) === 61) end++;
        runs.base64.push([base64Start, end]);
      }
      base64Start = -1;
    }
  }
  lastText = text;
  lastRuns = runs;
  return runs;
}
function tokensWith(marker, delimiters) {
  return (text) => {
    const spans = [];
    let covered = -1;
    for (const m2 of text.matchAll(marker)) {
      if (m2.index < covered) continue;
      let start = m2.index;
      while (start > 0 && m2.index - start < MAX_TOKEN && !delimiters.test(text[start - 1])) start--;
      let end = m2.index + m2[0].length;
      while (end < text.length && end - m2.index < MAX_TOKEN && !delimiters.test(text[end])) end++;
      spans.push([start, end]);
      covered = end;
    }
    return spans;
  };
}
var MIN_PRINTABLE_RATIO = 0.95;
function isPrintableText(text) {
  if (text.length === 0 || text.includes("\uFFFD")) return false;
  let printable2 = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 32 && code !== 127 || code === 9 || code === 10 || code === 13) printable2++;
  }
  return printable2 / text.length >= MIN_PRINTABLE_RATIO;
}
function startsAsText(probe) {
  let odd = 0;
  for (const byte of probe) if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 || byte > 126) odd++;
  return odd <= 1;
}
function printableOrUndefined(text) {
  return isPrintableText(text) ? text : void 0;
}
var base64 = {
  name: "base64",
  // Standard or URL-safe alphabet, with or without padding; long enough to hide a key.
  find: (text) => encodedRuns(text).base64,
  decode(encoded) {
    if (/^[0-9a-fA-F]+$/.test(encoded) || /^[A-Za-z]+$/.test(encoded)) return void 0;
    const normalized = encoded.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
    if (normalized.length % 4 === 1) return void 0;
    if (!startsAsText(Buffer.from(normalized.slice(0, 16), "base64"))) return void 0;
    return printableOrUndefined(Buffer.from(normalized, "base64").toString("utf8"));
  }
};
var hex = {
  name: "hex",
  find: (text) => encodedRuns(text).hex,
  decode(encoded) {
    return printableOrUndefined(Buffer.from(encoded, "hex").toString("utf8"));
  }
};
var percent = {
  name: "percent",
  find: tokensWith(/%[0-9A-Fa-f]{2}/g, /[\s"'<>`]/),
  decode(encoded) {
    try {
      return printableOrUndefined(decodeURIComponent(encoded.replace(/\+/g, " ")));
    } catch {
      return void 0;
    }
  }
};
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", sol: "/", colon: ":", equals: "=", plus: "+", lowbar: "_", hyphen: "-", period: "." };
var htmlEntities = {
  name: "html",
  find: tokensWith(/&(?:#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|[a-z]{2,8});/g, /[\s<>]/),
  decode(encoded) {
    return printableOrUndefined(
      encoded.replace(/&(#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|[a-z]{2,8});/g, (whole, body) => {
        if (body.startsWith("#x")) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
        if (body.startsWith("#")) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
        return ENTITIES[body] ?? whole;
      })
    );
  }
};
var ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "'": "'", "/": "/", "\\": "\\" };
var stringEscapes = {
  name: "escape",
  find: tokensWith(/\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[/"\\])/g, /[\s'`]/),
  decode(encoded) {
    return printableOrUndefined(
      encoded.replace(
        /\\(u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[nrt"'/\\])/g,
        (_3, body) => body.length > 1 ? String.fromCharCode(Number.parseInt(body.slice(1), 16)) : ESCAPES[body] ?? body
      )
    );
  }
};
var decoders = [base64, hex, percent, htmlEntities, stringEscapes];

// src/engine/decode/decoded-layers.ts
function decodedLayers(text, depth, budget) {
  if (depth <= 0) return [];
  const layers = [];
  for (const decoder of decoders) {
    for (const [start, end] of decoder.find(text)) {
      if (budget.bytes <= 0) return layers;
      const decoded = decoder.decode(text.slice(start, end));
      if (decoded === void 0 || decoded === text.slice(start, end)) continue;
      budget.bytes -= decoded.length;
      layers.push({ start, end, decoded, names: [decoder.name] });
      for (const inner of decodedLayers(decoded, depth - 1, budget)) {
        const nested = decoded.slice(0, inner.start) + inner.decoded + decoded.slice(inner.end);
        layers.push({ start, end, decoded: nested, names: [decoder.name, ...inner.names] });
      }
    }
  }
  return layers;
}

// src/engine/entropy.ts
var counts = new Uint32Array(65536);
function shannonEntropy(value) {
  const length = value.length;
  if (length === 0) return 0;
  for (let i = 0; i < length; i++) counts[value.charCodeAt(i)]++;
  let entropy = 0;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    const count2 = counts[code];
    if (count2 === 0) continue;
    const p2 = count2 / length;
    entropy -= p2 * Math.log2(p2);
    counts[code] = 0;
  }
  return entropy;
}

// src/engine/value-shape.ts
var MEMBER_EXPRESSION = /^[A-Za-z_$][\w$]*(?:(?:[?!]?\.|::|->)[A-Za-z_$][\w$]*)+[?!]?$/;
var URL2 = /^[a-z][a-z0-9+.-]*:\/\//i;
var DATA_URI = /^data:[a-z]+\/[a-z0-9.+-]+[;,]/i;
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var DIGEST = /^(?:sha(?:1|224|256|384|512)|md5|blake2b?|xxh64)[:-]/i;
var LOWERCASE_PATH = /^(?:~|\.{1,2})?(?:\/[a-z0-9_.-]{1,40}){2,}\/?$/;
var WORDS = /^[a-z]+(?:[-_.][a-z]+)*[0-9]?$/;
var IDENTIFIER = /^[A-Za-z][a-z]+(?:[A-Z][a-z]+)*[0-9]{0,4}$/;
var SHORT = 16;
function looksLikeSecretValue(value) {
  if (!value.startsWith("eyJ") && MEMBER_EXPRESSION.test(value) || URL2.test(value) || DATA_URI.test(value) || UUID.test(value)) return false;
  if (DIGEST.test(value) || LOWERCASE_PATH.test(value) || WORDS.test(value) || IDENTIFIER.test(value)) return false;
  if (/^[A-Za-z]+$/.test(value)) return isRandomLetters(value);
  return value.length >= SHORT || characterClasses(value) >= 3;
}
function characterClasses(value) {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((kind) => kind.test(value)).length;
}
function isRandomLetters(value) {
  if (value.length < 20) return false;
  let upper = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
  }
  const ratio = upper / value.length;
  return ratio >= 0.25 && ratio <= 0.75;
}

// src/engine/assignment-context.ts
var NOT_SECRET_NAME = /public|publishable|(?:^|[_.-])pub(?:lic)?[_.-]|key_?id$|_id$|[a-z]Id$|_ids?$|url$|uri$|path$|file$|name$|length$|size$|ttl$|expir|type$|header$|field$|param$|version$|enabled$|count$|prefix$|format$|algorithm$|_alg$|location$|policy$/i;
var NAME_CHAR = /[A-Za-z0-9_.-]/;
var MINIFIED_LINE = 1e3;
var ENV_STYLE_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
function isLikelyContextSecret(place) {
  if (!looksLikeSecretValue(place.secret)) return false;
  const name = assignedName(place.text, place.matchStart);
  if (NOT_SECRET_NAME.test(name)) return false;
  return place.lineText.length <= MINIFIED_LINE || ENV_STYLE_NAME.test(name);
}
function assignedName(text, matchStart) {
  let start = matchStart;
  while (start > 0 && start > matchStart - 80 && NAME_CHAR.test(text[start - 1])) start--;
  let end = matchStart;
  while (end < text.length && end < matchStart + 80 && NAME_CHAR.test(text[end])) end++;
  return text.slice(start, end).replace(/^[.-]+|[.-]+$/g, "");
}

// src/engine/fingerprint.ts
import { createHash as createHash2 } from "node:crypto";
var sha256 = (text) => createHash2("sha256").update(text).digest("hex");
function hashSecret(secret) {
  return sha256(secret);
}
function fingerprintOf(ruleId, file, secretHash, commit) {
  return sha256([ruleId, file, secretHash, commit ?? ""].join("\0")).slice(0, 24);
}

// src/engine/inline-allow.ts
var OWN_MARKER = "leakguard:allow";
var SAME_LINE_MARKERS = ["gitleaks:allow", "pragma: allowlist secret"];
var NEXT_LINE_MARKER = "pragma: allowlist nextline secret";
var REASON_SEPARATOR = /(?:^|\s)--(?:\s|$)/;
function isAllowedInline(line, previousLine, ruleId, isRuleId) {
  if (SAME_LINE_MARKERS.some((marker) => line.includes(marker))) return true;
  if (previousLine?.includes(NEXT_LINE_MARKER)) return true;
  const at3 = line.indexOf(OWN_MARKER);
  if (at3 === -1) return false;
  const scope = allowedRules(line.slice(at3 + OWN_MARKER.length), isRuleId);
  return scope === "all" || scope.includes(ruleId);
}
function allowedRules(rest, isRuleId) {
  const separator = REASON_SEPARATOR.exec(rest);
  const words = (separator ? rest.slice(0, separator.index) : rest).split(/[\s,]+/).filter(Boolean);
  if (separator) return words.length ? words : "all";
  const named = [];
  for (const word of words) {
    if (!isRuleId(word)) break;
    named.push(word);
  }
  return named.length ? named : "all";
}

// src/engine/location.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  text;
  starts = [0];
  /** 0-based line of an offset. */
  lineOf(offset) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
  columnOf(offset, line) {
    return offset - this.starts[line] + 1;
  }
  /** Offset of a 0-based line and 1-based column. */
  offsetOf(line, column) {
    return this.starts[line] + column - 1;
  }
  lineText(line) {
    const start = this.starts[line];
    const next = this.starts[line + 1];
    const end = next === void 0 ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, "");
  }
};

// src/engine/match.ts
function findMatches(rule, text) {
  const regex2 = rule.regex;
  const matches = [];
  regex2.lastIndex = 0;
  for (let m2 = regex2.exec(text); m2 !== null; m2 = regex2.exec(text)) {
    if (m2[0].length === 0) regex2.lastIndex++;
    const span = m2.indices?.groups?.secret ?? m2.indices?.[1];
    const secret = m2.groups?.secret ?? m2[1];
    if (span === void 0 || secret === void 0 || secret.length === 0) continue;
    matches.push({ secret, start: span[0], end: span[1], matchStart: m2.index });
  }
  return matches;
}

// src/engine/placeholders.ts
var TEMPLATE = /\$\{|\{\{|\}\}|\$\(|<[^<>\s]{0,40}>|%[A-Za-z_][A-Za-z0-9_]*%|^\$[A-Za-z_][A-Za-z0-9_]*$|^\{[A-Za-z_][A-Za-z0-9_]*\}$|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
var REFERENCE = /process\.env|import\.meta\.env|os\.environ|getenv\(|System\.getenv|ENV\[|Deno\.env|secrets\.[A-Za-z_]|^env:|^vault:|^ssm:|^op:\/\/|^arn:aws:(?:secretsmanager|ssm)/i;
var ELIDED = /\.\.\.|…|\*\*\*|xxxxx|XXXXX|•/;
var WORDS2 = /example|placeholder|changeme|change_me|redacted|replace_?me|insert_?your|your[A-Z_-]|^your|dummy/i;
var FILLER_WORDS = new RegExp(`(?<![a-z0-9])(?:your|my|here|goes|put|enter|insert|replace|sample|todo|fixme|foo|bar|baz|qux|none|null|undefined|nil|empty|secret|password|value)(?![a-z0-9])`, "gi");
var WEAK_DEFAULT = /^(?:pass|password|passwd|secret|admin|administrator|root|test|testing|postgres|mysql|redis|rabbitmq|guest|user|username|demo|default|letmein|qwerty|welcome|mongo|sa|dev|local)[0-9!@#$._-]{0,6}$/i;
var SEQUENCES = ["0123456789", "1234567890", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "qwertyuiop", "asdfghjkl"];
var SEQUENCE_RUN = 8;
var SAME_CHAR_RUN = 7;
function isPlaceholder(value) {
  if (TEMPLATE.test(value) || REFERENCE.test(value) || ELIDED.test(value) || WORDS2.test(value)) return true;
  if (WEAK_DEFAULT.test(value)) return true;
  if (hasFillerTokens(value) || hasSameCharRun(value) || hasSequence(value) || hasRepeatedUnit(value)) return true;
  return value.length >= 8 && new Set(value).size <= 3;
}
function hasFillerTokens(value) {
  FILLER_WORDS.lastIndex = 0;
  return FILLER_WORDS.test(value) && FILLER_WORDS.test(value);
}
function hasSameCharRun(value) {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value[i] === value[i - 1] ? run + 1 : 1;
    if (run >= SAME_CHAR_RUN) return true;
  }
  return false;
}
var MAX_UNIT = 8;
var REPEAT_STREAK = 10;
function hasRepeatedUnit(value) {
  for (let unit = 2; unit <= MAX_UNIT; unit++) {
    let streak = 0;
    for (let i = unit; i < value.length; i++) {
      streak = value[i] === value[i - unit] ? streak + 1 : 0;
      if (streak >= REPEAT_STREAK) return true;
    }
  }
  return false;
}
function hasSequence(value) {
  if (value.length < SEQUENCE_RUN) return false;
  for (let i = 0; i + SEQUENCE_RUN <= value.length; i++) {
    const piece = value.slice(i, i + SEQUENCE_RUN);
    if (SEQUENCES.some((sequence) => sequence.includes(piece))) return true;
  }
  return false;
}

// src/engine/detect.ts
function detect(fragment, ruleset, options = {}) {
  const { text } = fragment;
  const hit = ruleset.candidates(text);
  const findings = [];
  let lines;
  for (let r2 = 0; r2 < ruleset.rules.length; r2++) {
    if (hit[r2] === 0) continue;
    const rule = ruleset.rules[r2];
    for (const match of findMatches(rule, text)) {
      const entropy = shannonEntropy(match.secret);
      if (entropy < rule.entropy || isPlaceholder(match.secret)) continue;
      if (rule.checksum && !rule.checksum(match.secret)) continue;
      lines ??= new LineIndex(text);
      const startLine = lines.lineOf(match.start);
      const endLine = lines.lineOf(match.end);
      const lineText = lines.lineText(startLine);
      if (rule.confidence !== "high" && !isLikelyContextSecret({ text, matchStart: match.matchStart, secret: match.secret, lineText })) continue;
      const allowed = options.inlineAllow !== false && isAllowedInline(lineText, lineBefore(fragment, lines, startLine), rule.id, ruleset.has);
      if (allowed) continue;
      const secretHash = hashSecret(match.secret);
      findings.push({
        ruleId: rule.id,
        description: rule.description,
        file: fragment.path,
        line: fileLine(fragment, startLine),
        column: lines.columnOf(match.start, startLine),
        endLine: fileLine(fragment, endLine),
        endColumn: lines.columnOf(match.end, endLine),
        secret: match.secret,
        lineText,
        secretHash,
        fingerprint: fingerprintOf(rule.id, fragment.path, secretHash, fragment.commit?.sha),
        entropy: Math.round(entropy * 1e3) / 1e3,
        confidence: rule.confidence,
        verified: rule.checksum !== void 0,
        rotate: rule.rotate,
        commit: fragment.commit
      });
    }
  }
  return dropOverlaps(findings, ruleset);
}
function fileLine(fragment, textLine) {
  return fragment.lineMap?.[textLine] ?? fragment.startLine + textLine;
}
function lineBefore(fragment, lines, textLine) {
  if (textLine === 0 || fileLine(fragment, textLine - 1) !== fileLine(fragment, textLine) - 1) return void 0;
  return lines.lineText(textLine - 1);
}
function dropOverlaps(findings, ruleset) {
  if (findings.length < 2) return findings;
  const ordered = [...findings].sort(
    (a, b3) => ruleset.rank(b3.ruleId) - ruleset.rank(a.ruleId) || Number(b3.decoded !== void 0) - Number(a.decoded !== void 0) || spanLength(b3) - spanLength(a) || a.ruleId.localeCompare(b3.ruleId)
  );
  const kept = [];
  for (const finding of ordered) if (!kept.some((other) => overlaps(finding, other))) kept.push(finding);
  return kept.sort((a, b3) => a.line - b3.line || a.column - b3.column);
}
var spanLength = (f3) => f3.secret.length;
function overlaps(a, b3) {
  const before = (l1, c1, l22, c22) => l1 < l22 || l1 === l22 && c1 <= c22;
  return !before(a.endLine, a.endColumn, b3.line, b3.column) && !before(b3.endLine, b3.endColumn, a.line, a.column);
}

// src/engine/detect-decoded.ts
var DEFAULT_DECODE = { depth: 2, maxBytes: 1 << 20 };
function detectWithDecoding(fragment, ruleset, options = DEFAULT_DECODE) {
  const findings = detect(fragment, ruleset, options);
  const layers = decodedLayers(fragment.text, options.depth, { bytes: options.maxBytes });
  if (layers.length === 0) return findings;
  const seen = new Set(findings.map((f3) => `${f3.ruleId}\0${f3.secretHash}\0${f3.line}`));
  const lines = new LineIndex(fragment.text);
  for (const layer of layers) {
    const line = lines.lineOf(layer.start);
    const lineStart = layer.start - lines.columnOf(layer.start, line) + 1;
    const lineEnd = lineStart + lines.lineText(line).length;
    const prefix = fragment.text.slice(lineStart, layer.start);
    const suffix = layer.end <= lineEnd ? fragment.text.slice(layer.end, lineEnd) : "";
    const substituted = { ...fragment, text: prefix + layer.decoded + suffix, startLine: 1, lineMap: void 0 };
    const decodedLines = new LineIndex(substituted.text);
    const endLine = lines.lineOf(layer.end);
    for (const finding of detect(substituted, ruleset, options)) {
      const offset = decodedLines.offsetOf(finding.line - 1, finding.column);
      if (offset < prefix.length || offset >= prefix.length + layer.decoded.length) continue;
      const key = `${finding.ruleId}\0${finding.secretHash}\0${fileLine2(fragment, line)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        ...finding,
        line: fileLine2(fragment, line),
        column: lines.columnOf(layer.start, line),
        endLine: fileLine2(fragment, endLine),
        endColumn: lines.columnOf(layer.end, endLine),
        lineText: lines.lineText(line),
        decoded: layer.names.join("+")
      });
    }
  }
  return dropOverlaps(findings, ruleset);
}
function fileLine2(fragment, textLine) {
  return fragment.lineMap?.[textLine] ?? fragment.startLine + textLine;
}

// node_modules/@simple-git/args-pathspec/dist/index.mjs
var t = /* @__PURE__ */ new WeakMap();
function c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function r(n) {
  return n instanceof String && t.has(n);
}
function o(n) {
  return t.get(n) ?? [];
}

// node_modules/simple-git/dist/index.mjs
var import_file_exists = __toESM(require_dist(), 1);
var import_debug = __toESM(require_src(), 1);
var import_promise_deferred = __toESM(require_dist2(), 1);
import { spawn as ve } from "node:child_process";
import { normalize as Se } from "node:path";

// node_modules/@simple-git/argv-parser/dist/index.mjs
function* x(e, n) {
  const t2 = n === "global";
  for (const o2 of e)
    o2.isGlobal === t2 && (yield o2);
}
var P = /* @__PURE__ */ new Set([
  "--add",
  "--edit",
  "--remove-section",
  "--rename-section",
  "--replace-all",
  "--unset",
  "--unset-all",
  "-e"
]);
var S = /* @__PURE__ */ new Set([
  "--get",
  "--get-all",
  "--get-color",
  "--get-colorbool",
  "--get-regexp",
  "--get-urlmatch",
  "--list",
  "-l"
]);
var E = /* @__PURE__ */ new Set([
  "edit",
  "remove-section",
  "rename-section",
  "set",
  "unset"
]);
var F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
function A(e, n) {
  for (const { name: o2 } of x(e, "task")) {
    if (P.has(o2))
      return w(true, n);
    if (S.has(o2))
      return w(false, n);
  }
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : E.has(t2) ? w(true, n.slice(1)) : F.has(t2) ? w(false, n.slice(1)) : n.length === 1 ? w(false, n) : w(true, n);
}
function w(e = false, n = []) {
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t2,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  const n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (const { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (const n of e) {
    const t2 = N(n), o2 = t2 && G(n.value);
    o2 && (yield {
      ...o2,
      scope: t2
    });
  }
}
function D(e, n, t2) {
  const o2 = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o2,
    M(n),
    A(n, t2)
  ), o2;
}
function L(e, n, t2) {
  if (t2 === null)
    return;
  const o2 = O(n, t2);
  t2.isWrite ? e.write.push(o2) : e.read.push(o2);
}
var C = {
  short: /* @__PURE__ */ new Map([
    ["c", true]
    //  -c <k=v>    set config key for this invocation
  ])
};
var I = {
  short: new Map([
    ["C", true],
    //  -C <path>   change working directory
    ["P", false],
    // -P          no pager (alias for --no-pager)
    ["h", false],
    // -h          help
    ["p", false],
    // -p          paginate
    ["v", false],
    // -v          version
    ...C.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
};
var R = {
  clone: {
    short: /* @__PURE__ */ new Map([
      ["b", true],
      // -b <branch>
      ["j", true],
      // -j <n>          parallel jobs
      ["l", false],
      // -l local
      ["n", false],
      // -n no-checkout
      ["o", true],
      // -o <name>       remote name
      ["q", false],
      // -q quiet
      ["s", false],
      // -s shared
      ["u", true]
      // -u <upload-pack>
    ]),
    long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
  },
  commit: {
    short: /* @__PURE__ */ new Map([
      ["C", true],
      // -C <commit>  reuse message
      ["F", true],
      // -F <file>    read message from file
      ["c", true],
      // -c <commit>  reedit message
      ["m", true],
      // -m <msg>
      ["t", true]
      // -t <template>
    ]),
    long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
  },
  config: {
    short: /* @__PURE__ */ new Map([
      ["e", false],
      // -e  open editor
      ["f", true],
      //  -f <file>
      ["l", false]
      // -l  list
    ]),
    long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
  },
  fetch: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  init: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["template"])
  },
  pull: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  push: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
  },
  rebase: {
    short: /* @__PURE__ */ new Map([
      ["X", true],
      // -X <option>   strategy option
      ["f", false],
      // -f force-rebase
      ["i", false],
      // -i interactive
      ["k", false],
      // -k keep-base
      ["m", false],
      // -m merge
      ["n", false],
      // -n no-stat
      ["q", false],
      // -q quiet
      ["r", false],
      // -r rebase-merges
      ["s", true],
      // -s <strategy>
      ["v", false],
      // -v verbose
      ["x", true]
      // -x <cmd>      exec
    ]),
    long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
  }
};
var T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
function B(e) {
  const n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    const t2 = e.indexOf("=");
    if (t2 > 2)
      return [{ name: e.slice(0, t2), value: e.slice(t2 + 1), needsNext: false }];
    const o2 = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o2) }];
  }
  if (e.length === 2) {
    const t2 = e.charAt(1), o2 = n.short.get(t2);
    return [{ name: e, needsNext: o2 === true }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t2 = e.slice(1).split(""), o2 = [];
  for (let a = 0; a < t2.length; a++) {
    const s = t2[a], r2 = n.get(s);
    if (r2 === void 0)
      return [{ name: e, needsNext: false }];
    if (r2) {
      const i = t2.slice(a + 1).join("");
      if (i && ![...i].every((m2) => n.has(m2)))
        return o2.push({ name: `-${s}`, value: i, needsNext: false }), o2;
    }
    o2.push({ name: `-${s}`, needsNext: r2 });
  }
  return o2;
}
function W(e, n = []) {
  let t2 = 0;
  for (; t2 < e.length; ) {
    const o2 = String(e[t2]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    const a = b(o2);
    let s = t2 + 1;
    for (const r2 of a) {
      const i = {
        name: r2.name,
        value: r2.value,
        absorbedNext: false,
        isGlobal: true
      };
      r2.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = true, s++), n.push(i);
    }
    t2 = s;
  }
  return { flags: n, taskIndex: t2 };
}
function V(e, n, t2 = []) {
  const o2 = B(n), a = [], s = [];
  let r2 = 0;
  for (; r2 < e.length; ) {
    const i = e[r2];
    if (r(i)) {
      s.push(...o(i)), r2++;
      continue;
    }
    const p2 = String(i);
    if (p2 === "--") {
      for (let d2 = r2 + 1; d2 < e.length; d2++) {
        const g2 = e[d2];
        r(g2) ? s.push(...o(g2)) : s.push(String(g2));
      }
      break;
    }
    if (!p2.startsWith("-") || p2.length < 2) {
      a.push(p2), r2++;
      continue;
    }
    const m2 = b(p2, o2);
    let u2 = r2 + 1;
    for (const d2 of m2) {
      const g2 = {
        name: d2.name,
        value: d2.value,
        absorbedNext: false,
        isGlobal: false
      };
      d2.needsNext && g2.value === void 0 && u2 < e.length && !r(e[u2]) && (g2.value = String(e[u2]), g2.absorbedNext = true, u2++), t2.push(g2);
    }
    r2 = u2;
  }
  return { flags: t2, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t2 of K) {
      const o2 = t2(n.key);
      o2 && (yield o2);
    }
}
function f(e, n, t2 = String(e)) {
  const o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o2.test(s))
      return {
        category: n,
        message: `Configuring ${t2} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t2 = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t2, n, e);
}
var K = [
  f("alias", "allowUnsafeAlias"),
  f("core.askPass", "allowUnsafeAskPass"),
  f("core.editor", "allowUnsafeEditor"),
  f("core.fsmonitor", "allowUnsafeFsMonitor"),
  f("core.gitProxy", "allowUnsafeGitProxy"),
  f("core.hooksPath", "allowUnsafeHooksPath"),
  f("core.pager", "allowUnsafePager"),
  f("core.sshCommand", "allowUnsafeSshCommand"),
  l("credential.helper", "allowUnsafeCredentialHelper"),
  l("diff.command", "allowUnsafeDiffExternal"),
  f("diff.external", "allowUnsafeDiffExternal"),
  l("difftool.cmd", "allowUnsafeDiffExternal"),
  l("diff.textconv", "allowUnsafeDiffTextConv"),
  l("filter.clean", "allowUnsafeFilter"),
  l("filter.process", "allowUnsafeFilter"),
  l("filter.smudge", "allowUnsafeFilter"),
  l("gpg.program", "allowUnsafeGpgProgram"),
  f("include.path", "allowUnsafeInclude"),
  l("includeIf", "allowUnsafeInclude"),
  f("init.templateDir", "allowUnsafeTemplateDir"),
  l("pager.", "allowUnsafePager"),
  l("merge.driver", "allowUnsafeMergeDriver"),
  l("mergetool.path", "allowUnsafeMergeDriver"),
  l("mergetool.cmd", "allowUnsafeMergeDriver"),
  l("protocol.allow", "allowUnsafeProtocolOverride"),
  l("remote.receivepack", "allowUnsafePack"),
  l("remote.uploadpack", "allowUnsafePack"),
  f("uploadpack.packObjectsHook", "allowUnsafePack"),
  f("sequence.editor", "allowUnsafeEditor"),
  l("submodule.update", "allowUnsafeSubmodule"),
  l("tar.command", "allowUnsafeCommandBinaries"),
  l("trailer.cmd", "allowUnsafeCommandBinaries"),
  l("trailer.command", "allowUnsafeCommandBinaries"),
  l("url.insteadOf", "allowUnsafeUrlRewrite")
];
function* H(e, n) {
  for (const t2 of n)
    for (const o2 of X) {
      const a = o2(e, t2);
      a && (yield a);
    }
}
function c2(e, n, t2, { name: o2 = String(n), globalOnly: a = false, withValue: s = false } = {}) {
  const r2 = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${t2}`;
  return function(m2, u2) {
    if (!(e && m2 !== e) && !(a && !u2.isGlobal) && !(s && u2.value === void 0) && r2.test(u2.name))
      return {
        category: t2,
        message: i
      };
  };
}
var h = { globalOnly: true, withValue: true };
var X = [
  c2(null, /--(upload|receive)-pack/, "allowUnsafePack", {
    name: "--upload-pack or --receive-pack"
  }),
  c2("clone", /^-\w*u/, "allowUnsafePack"),
  c2("clone", "--u", "allowUnsafePack"),
  c2("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
  // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
  c2("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
  c2(null, "--template", "allowUnsafeTemplateDir"),
  c2(null, "--exec-path", "allowUnsafeExec", h),
  // `git` reads the configuration of whichever repository these name, so the
  // directory alone is enough to deliver config the argv guards never see
  c2(null, "--git-dir", "allowUnsafeConfigPaths", h),
  c2(null, "--work-tree", "allowUnsafeConfigPaths", h),
  c2(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
];
function k(e, n, t2) {
  return [...H(e, n), ...q(t2)];
}
function Y(...e) {
  const { flags: n, taskIndex: t2 } = W(e), o2 = t2 < e.length ? String(e[t2]).toLowerCase() : null, a = o2 !== null ? e.slice(t2 + 1) : [], { positionals: s, pathspecs: r2 } = V(a, o2, n), i = D(o2, n, s);
  return {
    task: o2,
    flags: n.map(J),
    paths: r2,
    config: i,
    vulnerabilities: z(k(o2, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
var y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config_parameters: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeExec",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass",
  visual: "allowUnsafeEditor"
};
function* Q(e) {
  const n = parseInt(e.git_config_count ?? "0", 10);
  for (let t2 = 0; t2 < n; t2++) {
    const o2 = e[`git_config_key_${t2}`], a = e[`git_config_value_${t2}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t2 = y[n];
      yield {
        category: t2,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t2}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t2, o2] of Object.entries(e)) {
    const a = t2.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o2));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t2 = {
    read: [],
    write: [...Q(n)]
  }, o2 = [
    ...Z(n),
    ...k(null, [], t2)
  ];
  return {
    config: t2,
    vulnerabilities: o2
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}

// node_modules/simple-git/dist/index.mjs
import { EventEmitter as Ce } from "node:events";
var O2 = class extends Error {
  constructor(e, n) {
    super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var Ae = class extends O2 {
  constructor(e, n) {
    super(void 0, n), this.config = e;
  }
};
var A2 = class extends O2 {
  constructor(e, n, r2) {
    super(e, r2), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var at = class extends O2 {
  constructor(e, n) {
    super(void 0, n || String(e)), this.git = e;
  }
};
var xe = class extends O2 {
  constructor(e) {
    super(void 0, e);
  }
};
var I2 = "\0";
var W2 = () => {
};
function Ne(t2) {
  return typeof t2 != "function" ? W2 : t2;
}
function $e(t2) {
  return typeof t2 == "function" && t2 !== W2;
}
function Pe(t2, e) {
  const n = t2.indexOf(e);
  return n <= 0 ? [t2, ""] : [t2.substr(0, n), t2.substr(n + 1)];
}
function Me(t2, e = 0) {
  return Dt(t2) && t2.length > e ? t2[e] : void 0;
}
function N2(t2, e = 0) {
  if (Dt(t2) && t2.length > e)
    return t2[t2.length - 1 - e];
}
function Dt(t2) {
  return Bt(t2);
}
function H2(t2 = "", e = true, n = `
`) {
  return t2.split(n).reduce((r2, s) => {
    const o2 = e ? s.trim() : s;
    return o2 && r2.push(o2), r2;
  }, []);
}
function ut(t2, e) {
  return H2(t2, true).map((n) => e(n));
}
function Lt(t2) {
  return (0, import_file_exists.exists)(t2, import_file_exists.FOLDER);
}
function S2(t2, e) {
  return Array.isArray(t2) ? t2.includes(e) || t2.push(e) : t2.add(e), e;
}
function De(t2, e) {
  return Array.isArray(t2) && !t2.includes(e) && t2.push(e), t2;
}
function ct(t2, e) {
  if (Array.isArray(t2)) {
    const n = t2.indexOf(e);
    n >= 0 && t2.splice(n, 1);
  } else
    t2.delete(e);
  return e;
}
var ft = Object.prototype.toString.call.bind(Object.prototype.toString);
function v(t2) {
  return Array.isArray(t2) ? t2 : [t2];
}
function jt(t2) {
  return t2.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function L2(t2) {
  return v(t2).map((e) => e instanceof String ? e : String(e));
}
function p(t2, e = 0) {
  if (t2 == null)
    return e;
  const n = parseInt(t2, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t2, e) {
  const n = [];
  for (let r2 = 0, s = t2.length; r2 < s; r2++)
    n.push(e, t2[r2]);
  return n;
}
function F2(t2) {
  return (Array.isArray(t2) ? Buffer.concat(t2) : t2).toString("utf-8");
}
function Le(t2) {
  return t2 ? Buffer.isBuffer(t2) ? t2.length : Buffer.byteLength(t2) : 0;
}
function je(t2, e) {
  const n = {};
  return e.forEach((r2) => {
    t2[r2] !== void 0 && (n[r2] = t2[r2]);
  }), n;
}
function wt(t2 = 0) {
  return new Promise((e) => setTimeout(e, t2));
}
function bt(t2) {
  if (t2 !== false)
    return t2;
}
function d(t2, e, n) {
  return e(t2) ? t2 : arguments.length > 2 ? n : void 0;
}
var K2 = (t2) => Array.isArray(t2);
function st(t2, e) {
  const n = r(t2) ? "string" : typeof t2;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
var m = (t2) => typeof t2 == "string" || r(t2);
var Be = (t2) => m(t2) || Buffer.isBuffer(t2);
var G2 = (t2) => m(t2) || Array.isArray(t2) && t2.every(m);
function lt(t2) {
  return !!t2 && ft(t2) === "[object Object]";
}
function Ie(t2) {
  return typeof t2 == "function";
}
var Bt = (t2) => t2 == null || "number|boolean|function".includes(typeof t2) ? false : typeof t2.length == "number";
var V2 = /* @__PURE__ */ ((t2) => (t2[t2.SUCCESS = 0] = "SUCCESS", t2[t2.ERROR = 1] = "ERROR", t2[t2.NOT_FOUND = -2] = "NOT_FOUND", t2[t2.UNCLEAN = 128] = "UNCLEAN", t2))(V2 || {});
var z2 = class _z {
  constructor(e, n) {
    this.stdOut = e, this.stdErr = n;
  }
  asStrings() {
    return new _z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
  }
};
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
var l2 = class {
  constructor(e, n) {
    this.matches = [], this.useMatches = Ue, this.parse = (r2, s) => (this.resetMatches(), this._regExp.every((o2, i) => this.addMatch(o2, i, r2(i))) ? this.useMatches(s, this.prepareMatches()) !== false : false), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
  }
  resetMatches() {
    this.matches.length = 0;
  }
  prepareMatches() {
    return this.matches;
  }
  addMatch(e, n, r2) {
    const s = r2 && e.exec(r2);
    return s && this.pushMatch(n, s), !!s;
  }
  pushMatch(e, n) {
    this.matches.push(...n.slice(1));
  }
};
var x2 = class extends l2 {
  addMatch(e, n, r2) {
    return /^remote:\s/.test(String(r2)) && super.addMatch(e, n, r2);
  }
  pushMatch(e, n) {
    (e > 0 || n.length > 1) && super.pushMatch(e, n);
  }
};
var Fe = {
  binary: "git",
  maxConcurrentProcesses: 5,
  config: [],
  trimmed: false
};
function Ge(...t2) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t2.filter((r2) => typeof r2 == "object" && r2)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === true, n;
}
function It(t2, e = []) {
  return lt(t2) ? Object.keys(t2).reduce((n, r2) => {
    const s = t2[r2];
    if (r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r2 + "=" + s);
    else if (Array.isArray(s))
      for (const o2 of s)
        st(o2, ["string", "number"]) || n.push(r2 + "=" + o2);
    else
      n.push(r2);
    return n;
  }, e) : e;
}
function h2(t2, e = 0, n = false) {
  const r2 = [];
  for (let s = 0, o2 = e < 0 ? t2.length : e; s < o2; s++)
    "string|number".includes(typeof t2[s]) && r2.push(String(t2[s]));
  return It(ht(t2), r2), n || r2.push(...ze(t2)), r2;
}
function ze(t2) {
  const e = typeof N2(t2) == "function";
  return L2(d(N2(t2, e ? 1 : 0), K2, []));
}
function ht(t2) {
  const e = Ie(N2(t2));
  return d(N2(t2, e ? 1 : 0), lt);
}
function u(t2, e = true) {
  const n = Ne(N2(t2));
  return e || $e(n) ? n : void 0;
}
function Tt(t2, e) {
  return t2(e.stdOut, e.stdErr);
}
function E2(t2, e, n, r2 = true) {
  return v(n).forEach((s) => {
    for (let o2 = H2(s, r2), i = 0, a = o2.length; i < a; i++) {
      const c3 = (y2 = 0) => {
        if (!(i + y2 >= a))
          return o2[i + y2];
      };
      e.some(({ parse: y2 }) => y2(c3, t2));
    }
  }), t2;
}
var mt = ({ exitCode: t2 }, e, n, r2) => {
  if (t2 === V2.UNCLEAN && Ve(e))
    return n(Buffer.from("false"));
  r2(e);
};
var Ut = (t2) => t2.trim() === "true";
function We(t2) {
  switch (t2) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t2) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t2));
}
var Xe = class {
  constructor(e) {
    this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
  }
};
var Ye = /^[a-z]+\s*/i;
var Qe = /^[a-z]+\s+[a-z]+\s*/i;
var Je = /\/$/;
function Ze(t2, e) {
  const n = new Xe(t2), r2 = t2 ? Qe : Ye;
  return H2(e).forEach((s) => {
    const o2 = s.replace(r2, "");
    n.paths.push(o2), (Je.test(o2) ? n.folders : n.files).push(o2);
  }), n;
}
var Ft = [];
function tn(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser: t2
  };
}
function b2(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t2 == "string" ? new xe(t2) : t2;
    }
  };
}
function g(t2, e = false) {
  return {
    commands: t2,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t2) {
  return {
    commands: t2,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t2) {
  return t2.format === "buffer";
}
function kt(t2) {
  return t2.format === "empty" || !t2.commands.length;
}
var nn = "Git clean interactive mode is not supported";
var rn = 'Git clean mode parameter ("n" or "f") is required';
var sn = "Git clean unknown option found in: ";
var zt = /* @__PURE__ */ ((t2) => (t2.DRY_RUN = "n", t2.FORCE = "f", t2.IGNORED_INCLUDED = "x", t2.IGNORED_ONLY = "X", t2.EXCLUDING = "e", t2.QUIET = "q", t2.RECURSIVE = "d", t2))(zt || {});
var qt = /* @__PURE__ */ new Set([
  "i",
  ...L2(Object.values(zt))
]);
function on(t2, e) {
  const { cleanMode: n, options: r2, valid: s } = cn(t2);
  return n ? s.options ? (r2.push(...e), r2.some(hn) ? b2(nn) : an(n, r2)) : b2(sn + JSON.stringify(t2)) : b2(rn);
}
function an(t2, e) {
  return {
    commands: ["clean", `-${t2}`, ...e],
    format: "utf-8",
    parser(r2) {
      return Ze(t2 === "n", r2);
    }
  };
}
function un(t2) {
  return Array.isArray(t2) && t2.every((e) => qt.has(e));
}
function cn(t2) {
  let e, n = [], r2 = { cleanMode: false, options: true };
  return t2.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r2.cleanMode = true) : r2.options = r2.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r2
  };
}
function fn(t2) {
  return t2 === "f" || t2 === "n";
}
function ln(t2) {
  return /^-[a-z]$/i.test(t2) && qt.has(t2.charAt(1));
}
function hn(t2) {
  return /^-[^\-]/.test(t2) ? t2.indexOf("i") > 0 : t2 === "--interactive";
}
var mn = class {
  constructor() {
    this.files = [], this.values = /* @__PURE__ */ Object.create(null);
  }
  get all() {
    return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
  }
  addFile(e) {
    if (!(e in this.values)) {
      const n = N2(this.files);
      this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
    }
    return this.values[e];
  }
  addValue(e, n, r2) {
    const s = this.addFile(e);
    Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r2) : s[n] = [s[n], r2] : s[n] = r2, this._all = void 0;
  }
};
function pn(t2) {
  const e = new mn();
  for (const n of Wt(t2))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t2, e) {
  let n = null;
  const r2 = [], s = /* @__PURE__ */ new Map();
  for (const o2 of Wt(t2, e))
    o2.key === e && (r2.push(n = o2.value), s.has(o2.file) || s.set(o2.file, []), s.get(o2.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r2
  };
}
function gn(t2) {
  return t2.replace(/^(file):/, "");
}
function* Wt(t2, e = null) {
  const n = t2.split("\0");
  for (let r2 = 0, s = n.length - 1; r2 < s; ) {
    const o2 = gn(n[r2++]);
    let i = n[r2++], a = e;
    if (i.includes(`
`)) {
      const c3 = Pe(i, `
`);
      a = c3[0], i = c3[1];
    }
    yield { file: o2, key: a, value: i };
  }
}
var Ht = /* @__PURE__ */ ((t2) => (t2.system = "system", t2.global = "global", t2.local = "local", t2.worktree = "worktree", t2))(Ht || {});
function Y2(t2, e) {
  return typeof t2 == "string" && Object.hasOwn(Ht, t2) ? t2 : e;
}
function yn(t2, e, n, r2) {
  const s = ["config", `--${r2}`];
  return n && s.push("--add"), s.push(t2, e), {
    commands: s,
    format: "utf-8",
    parser(o2) {
      return o2;
    }
  };
}
function wn(t2, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t2];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r2) {
      return dn(r2, t2);
    }
  };
}
function bn(t2) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t2 && e.push(`--${t2}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t2, e, ...n) {
      return this._runTask(
        yn(
          t2,
          e,
          n[0] === true,
          Y2(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t2, e) {
      return this._runTask(
        wn(t2, Y2(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t2) {
      return this._runTask(
        bn(Y2(t2[0], void 0)),
        u(arguments)
      );
    }
  };
}
var Kt = /* @__PURE__ */ ((t2) => (t2.ADDED = "A", t2.COPIED = "C", t2.DELETED = "D", t2.MODIFIED = "M", t2.RENAMED = "R", t2.CHANGED = "T", t2.UNMERGED = "U", t2.UNKNOWN = "X", t2.BROKEN = "B", t2))(Kt || {});
var kn = new Set(Object.values(Kt));
function _n(t2) {
  return kn.has(t2);
}
var _t;
var vn = ["-h"];
var j2 = /* @__PURE__ */ Symbol("grepQuery");
var En = class {
  constructor() {
    this[_t] = [];
  }
  *[(_t = j2, Symbol.iterator)]() {
    for (const e of this[j2])
      yield e;
  }
  and(...e) {
    return e.length && this[j2].push("--and", "(", ...U(e, "-e"), ")"), this;
  }
  param(...e) {
    return this[j2].push(...U(e, "-e")), this;
  }
};
function Sn(...t2) {
  return new En().param(...t2);
}
function Rn(t2) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t2, (r2) => {
    const [s, o2, i] = r2.split(I2);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o2),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t2) {
      const e = u(arguments), n = h2(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            b2(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t2 == "string" && (t2 = Sn().param(t2));
      const r2 = ["grep", "--null", "-n", "--full-name", ...n, ...t2];
      return this._runTask(
        {
          commands: r2,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
var Vt = /* @__PURE__ */ ((t2) => (t2.MIXED = "mixed", t2.SOFT = "soft", t2.HARD = "hard", t2.MERGE = "merge", t2.KEEP = "keep", t2))(Vt || {});
var Cn = L2(Object.values(Vt));
function An(t2, e) {
  const n = ["reset"];
  return Xt(t2) && n.push(`--${t2}`), n.push(...e), g(n);
}
function xn(t2) {
  if (Xt(t2))
    return t2;
  switch (typeof t2) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t2) {
  return typeof t2 == "string" && Cn.includes(t2);
}
import_debug.default.formatters.L = (t2) => String(Bt(t2) ? t2.length : "-");
import_debug.default.formatters.B = (t2) => Buffer.isBuffer(t2) ? t2.toString("utf8") : ft(t2);
function Nn() {
  return (0, import_debug.default)("simple-git");
}
function vt(t2, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r2, ...s) => {
    t2(r2, ...s), n(r2, ...s);
  } : t2 : (r2, ...s) => {
    t2(`%s ${r2}`, e, ...s), n && n(r2, ...s);
  };
}
function $n(t2, e, { namespace: n }) {
  if (typeof t2 == "string")
    return t2;
  const r2 = e && e.namespace || "";
  return r2.startsWith(n) ? r2.substr(n.length + 1) : r2 || n;
}
function $2(t2, e, n, r2 = Nn()) {
  const s = t2 && `[${t2}]` || "", o2 = [], i = typeof e == "string" ? r2.extend(e) : e, a = $n(d(e, m), i, r2);
  return y2(n);
  function c3(w2, T2) {
    return S2(
      o2,
      $2(t2, a.replace(/^[^:]+/, w2), T2, r2)
    );
  }
  function y2(w2) {
    const T2 = w2 && `[${w2}]` || "", k2 = i && vt(i, T2) || W2, C2 = vt(r2, `${s} ${T2}`, k2);
    return Object.assign(i ? k2 : C2, {
      label: t2,
      sibling: c3,
      info: C2,
      step: y2
    });
  }
}
var M2 = class M3 {
  constructor(e = "GitExecutor") {
    this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
  }
  withProgress(e) {
    return this._queue.get(e);
  }
  createProgress(e) {
    const n = M3.getName(e.commands[0]), r2 = $2(this.logLabel, n);
    return {
      task: e,
      logger: r2,
      name: n
    };
  }
  push(e) {
    const n = this.createProgress(e);
    return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
  }
  fatal(e) {
    for (const [n, { logger: r2 }] of Array.from(this._queue.entries()))
      n === e.task ? (r2.info("Failed %o", e), r2(
        "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
      )) : r2.info(
        "A fatal exception occurred in a previous task, the queue has been purged: %o",
        e.message
      ), this.complete(n);
    if (this._queue.size !== 0)
      throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
  }
  complete(e) {
    this.withProgress(e) && this._queue.delete(e);
  }
  attempt(e) {
    const n = this.withProgress(e);
    if (!n)
      throw new O2(void 0, "TasksPendingQueue: attempt called for an unknown task");
    return n.logger("Starting task"), n;
  }
  static getName(e = "empty") {
    return `task:${e}:${++M3.counter}`;
  }
};
M2.counter = 0;
var ot = M2;
var Pn = class {
  constructor(e, n, r2) {
    this._executor = e, this._scheduler = n, this._plugins = r2, this._chain = Promise.resolve(), this._queue = new ot();
  }
  get cwd() {
    return this._cwd || this._executor.cwd;
  }
  set cwd(e) {
    this._cwd = e;
  }
  get env() {
    return this._executor.env;
  }
  get outputHandler() {
    return this._executor.outputHandler;
  }
  chain() {
    return this;
  }
  push(e) {
    return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
  }
  async attemptTask(e) {
    const n = await this._scheduler.next(), r2 = () => this._queue.complete(e);
    try {
      const { logger: s } = this._queue.attempt(e);
      return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
    } catch (s) {
      throw this.onFatalException(e, s);
    } finally {
      r2(), n();
    }
  }
  onFatalException(e, n) {
    const r2 = n instanceof O2 ? Object.assign(n, { task: e }) : new O2(e, n && String(n));
    return this._chain = Promise.resolve(), this._queue.fatal(r2), r2;
  }
  async attemptRemoteTask(e, n) {
    const r2 = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
      "spawn.args",
      [...e.commands],
      this.taskContext(e, e.commands)
    ), o2 = await this.gitResponse(
      e,
      r2,
      s,
      this.outputHandler,
      n.step("SPAWN")
    ), i = await this.handleTaskData(e, s, o2, n.step("HANDLE"));
    return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
  }
  async attemptEmptyTask(e, n) {
    return n("empty task bypassing child process to call to task's parser"), e.parser(this);
  }
  handleTaskData(e, n, r2, s) {
    const { exitCode: o2, rejection: i, stdOut: a, stdErr: c3 } = r2;
    return new Promise((y2, w2) => {
      s("Preparing to handle process response exitCode=%d stdOut=", o2);
      const { error: T2 } = this._plugins.exec(
        "task.error",
        { error: i },
        {
          ...this.taskContext(e, n),
          ...r2
        }
      );
      if (T2 && e.onError)
        return s.info("exitCode=%s handling with custom error handler"), e.onError(
          r2,
          T2,
          (k2) => {
            s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k2)), y2(
              new z2(
                Array.isArray(k2) ? Buffer.concat(k2) : k2,
                Buffer.concat(c3)
              )
            );
          },
          w2
        );
      if (T2)
        return s.info(
          "handling as error: exitCode=%s stdErr=%s rejection=%o",
          o2,
          c3.length,
          i
        ), w2(T2);
      s.info("retrieving task output complete"), y2(new z2(Buffer.concat(a), Buffer.concat(c3)));
    });
  }
  async gitResponse(e, n, r2, s, o2) {
    const i = o2.sibling("output"), a = this._plugins.exec(
      "spawn.options",
      {
        cwd: this.cwd,
        env: this.env,
        windowsHide: true
      },
      this.taskContext(e, e.commands)
    );
    return new Promise((c3) => {
      const y2 = [], w2 = [];
      o2.info("%s %o", n, r2), o2("%O", a);
      let T2 = this._beforeSpawn(e, r2);
      if (T2)
        return c3({
          stdOut: y2,
          stdErr: w2,
          exitCode: 9901,
          rejection: T2
        });
      this._plugins.exec("spawn.before", void 0, {
        ...this.taskContext(e, r2),
        kill(C2) {
          T2 = C2 || T2;
        }
      });
      const k2 = ve(n, r2, a);
      k2.stdout.on(
        "data",
        Et(y2, "stdOut", o2, i.step("stdOut"))
      ), k2.stderr.on(
        "data",
        Et(w2, "stdErr", o2, i.step("stdErr"))
      ), k2.on("error", Mn(w2, o2)), s && (o2("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k2.stdout, k2.stderr, [...r2])), this._plugins.exec("spawn.after", void 0, {
        ...this.taskContext(e, r2),
        spawned: k2,
        close(C2, Te) {
          c3({
            stdOut: y2,
            stdErr: w2,
            exitCode: C2,
            rejection: T2 || Te
          });
        },
        kill(C2) {
          k2.killed || (T2 = C2, k2.kill("SIGINT"));
        }
      });
    });
  }
  _beforeSpawn(e, n) {
    let r2;
    return this._plugins.exec("spawn.before", void 0, {
      ...this.taskContext(e, n),
      kill(s) {
        r2 = s || r2;
      }
    }), r2;
  }
  taskContext(e, n) {
    return {
      method: String(Me(e.commands) || ""),
      commands: n,
      env: { ...this.env },
      input: kt(e) ? void 0 : e.input
    };
  }
};
function Mn(t2, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t2.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t2, e, n, r2) {
  return (s) => {
    n("%s received %L bytes", e, s), r2("%B", s), t2.push(s);
  };
}
var Dn = class {
  constructor(e, n, r2) {
    this.cwd = e, this._scheduler = n, this._plugins = r2, this._chain = this.chain();
  }
  chain() {
    return new Pn(this, this._scheduler, this._plugins);
  }
  push(e) {
    return this._chain.push(e);
  }
};
function Ln(t2, e, n = W2) {
  const r2 = (o2) => {
    n(null, o2);
  }, s = (o2) => {
    o2?.task === t2 && n(o2, void 0);
  };
  e.then(r2, s);
}
function St(t2, e) {
  return tn((n) => {
    if (!Lt(t2))
      throw new Error(`Git.cwd: cannot change to non-directory "${t2}"`);
    return (e || n).cwd = t2;
  });
}
function Q2(t2) {
  const e = ["checkout", ...t2];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        Q2(h2(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t2, e) {
      return this._runTask(
        Q2(["-b", t2, e, ...h2(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t2) {
      return this._runTask(
        Q2(["-b", t2, ...h2(arguments)]),
        u(arguments)
      );
    }
  };
}
var Yt = (t2, e, n) => {
  const r2 = ["clone", ...n];
  return m(t2) && r2.push(c(t2)), m(e) && r2.push(c(e)), g(r2);
};
var Bn = (t2, e, n) => (S2(n, "--mirror"), Yt(t2, e, n));
function Rt(t2, e, n, ...r2) {
  return m(n) ? e(n, d(r2[0], m), h2(arguments)) : b2(`git.${t2}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t2, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t2, m), ...e),
        u(arguments)
      );
    },
    mirror(t2, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t2, m), ...e),
        u(arguments)
      );
    }
  };
}
var Un = [
  new l2(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t2, [e, n, r2]) => {
    t2.branch = e, t2.commit = r2, t2.root = !!n;
  }),
  new l2(/\s*Author:\s(.+)/i, (t2, [e]) => {
    const n = e.split("<"), r2 = n.pop();
    !r2 || !r2.includes("@") || (t2.author = {
      email: r2.substr(0, r2.length - 1),
      name: n.join("<").trim()
    });
  }),
  new l2(
    /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0, t2.summary.insertions = parseInt(n, 10) || 0, t2.summary.deletions = parseInt(r2, 10) || 0;
    }
  ),
  new l2(
    /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0;
      const s = parseInt(n, 10) || 0;
      r2 === "-" ? t2.summary.deletions = s : r2 === "+" && (t2.summary.insertions = s);
    }
  )
];
function Fn(t2) {
  return E2({
    author: null,
    branch: "",
    commit: "",
    root: false,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t2);
}
function Gn(t2, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t2, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      const r2 = u(arguments), s = t2(e) || Gn(
        v(e),
        v(d(n[0], G2, [])),
        [
          ...L2(d(n[1], K2, [])),
          ...h2(arguments, 0, true)
        ]
      );
      return this._runTask(s, r2);
    }
  };
  function t2(e) {
    return !G2(e) && b2(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
var Wn = new l2(
  /([a-z-]+): (\d+)$/,
  (t2, [e, n]) => {
    const r2 = jt(e);
    Object.hasOwn(t2, r2) && (t2[r2] = p(n));
  }
);
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t2) {
          return E2(qn(), [Wn], t2);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], true),
        u(arguments)
      );
    }
  };
}
function Vn(t2, e) {
  const n = ["hash-object", t2];
  return e && n.push("-w"), g(n, true);
}
var J2 = class {
  constructor(e, n, r2, s) {
    this.bare = e, this.path = n, this.existing = r2, this.gitDir = s;
  }
};
var Xn = /^Init.+ repository in (.+)$/;
var Yn = /^Rein.+ in (.+)$/;
function Qn(t2, e, n) {
  const r2 = String(n).trim();
  let s;
  if (s = Xn.exec(r2))
    return new J2(t2, e, false, s[1]);
  if (s = Yn.exec(r2))
    return new J2(t2, e, true, s[1]);
  let o2 = "";
  const i = r2.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o2 = i.join(" ");
      break;
    }
  return new J2(t2, e, /^re/i.test(r2), o2);
}
var Qt = "--bare";
function Jn(t2) {
  return t2.includes(Qt);
}
function Zn(t2 = false, e, n) {
  const r2 = ["init", ...n];
  return t2 && !Jn(r2) && r2.splice(1, 0, Qt), {
    commands: r2,
    format: "utf-8",
    parser(s) {
      return Qn(r2.includes("--bare"), e, s);
    }
  };
}
function tr(t2) {
  return t2 === void 0 ? b2("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          const r2 = n.indexOf(":");
          return [
            jt(n.substring(0, r2).toLowerCase()),
            n.substring(r2 + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t2
  };
}
function er() {
  return {
    interpretTrailers(t2) {
      return this._runTask(
        tr(d(t2, Be)),
        u(arguments)
      );
    }
  };
}
var R2 = /* @__PURE__ */ ((t2) => (t2.NONE = "", t2.STAT = "--stat", t2.NUM_STAT = "--numstat", t2.NAME_ONLY = "--name-only", t2.NAME_STATUS = "--name-status", t2))(R2 || {});
var Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
function pt(t2) {
  for (let e = 0; e < t2.length; e++) {
    const n = Jt.exec(t2[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t2) {
  return Jt.test(t2);
}
var rr = class {
  constructor() {
    this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
  }
};
var Ot = [
  new l2(
    /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
    (t2, [e, n, r2 = ""]) => {
      t2.files.push({
        file: e.trim(),
        changes: p(n),
        insertions: r2.replace(/[^+]/g, "").length,
        deletions: r2.replace(/[^-]/g, "").length,
        binary: false
      });
    }
  ),
  new l2(
    /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
    (t2, [e, n, r2]) => {
      t2.files.push({
        file: e.trim(),
        before: p(n),
        after: p(r2),
        binary: true
      });
    }
  ),
  new l2(/^(.+)\s+\|\s+Bin\s*$/, (t2, [e]) => {
    t2.files.push({
      file: e.trim(),
      before: 0,
      after: 0,
      binary: true
    });
  }),
  new l2(
    /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
    (t2, [e, n]) => {
      const r2 = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
      t2.changed = p(e), t2.insertions = p(r2?.[1]), t2.deletions = p(s?.[1]);
    }
  )
];
var sr = [
  new l2(
    /(\d+)\t(\d+)\t(.+)$/,
    (t2, [e, n, r2]) => {
      const s = p(e), o2 = p(n);
      t2.changed++, t2.insertions += s, t2.deletions += o2, t2.files.push({
        file: r2,
        changes: s + o2,
        insertions: s,
        deletions: o2,
        binary: false
      });
    }
  ),
  new l2(/-\t-\t(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      after: 0,
      before: 0,
      binary: true
    });
  })
];
var or = [
  new l2(/(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      changes: 0,
      insertions: 0,
      deletions: 0,
      binary: false
    });
  })
];
var ir = [
  new l2(
    /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
    (t2, [e, n, r2, s, o2]) => {
      t2.changed++, t2.files.push({
        file: o2 ?? r2,
        changes: 0,
        insertions: 0,
        deletions: 0,
        binary: false,
        status: bt(_n(e) && e),
        from: bt(!!o2 && r2 !== o2 && r2),
        similarity: p(n)
      });
    }
  )
];
var ar = {
  [R2.NONE]: Ot,
  [R2.STAT]: Ot,
  [R2.NUM_STAT]: sr,
  [R2.NAME_STATUS]: ir,
  [R2.NAME_ONLY]: or
};
function Zt(t2 = R2.NONE) {
  const e = ar[t2];
  return (n) => E2(new rr(), e, n, false);
}
var te = "\xF2\xF2\xF2\xF2\xF2\xF2 ";
var ee2 = " \xF2\xF2";
var ne2 = " \xF2 ";
var ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
function cr(t2, e) {
  return e.reduce(
    (n, r2, s) => (n[r2] = t2[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t2 = ne2, e = ur, n = R2.NONE) {
  const r2 = Zt(n);
  return function(s) {
    const o2 = H2(
      s.trim(),
      false,
      te
    ).map(function(i) {
      const a = i.split(ee2), c3 = cr(a[0].split(t2), e);
      return a.length > 1 && a[1].trim() && (c3.diff = r2(a[1])), c3;
    });
    return {
      all: o2,
      latest: o2.length && o2[0] || null,
      total: o2.length
    };
  };
}
function fr(t2) {
  let e = pt(t2);
  const n = ["diff"];
  return e === R2.NONE && (e = R2.STAT, n.push("--stat=4096")), n.push(...t2), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t2) {
  const e = t2.filter(nr);
  if (e.length > 1)
    return b2(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t2.includes("-z"))
    return b2(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
var se = /* @__PURE__ */ ((t2) => (t2[t2["--pretty"] = 0] = "--pretty", t2[t2["max-count"] = 1] = "max-count", t2[t2.maxCount = 2] = "maxCount", t2[t2.n = 3] = "n", t2[t2.file = 4] = "file", t2[t2.format = 5] = "format", t2[t2.from = 6] = "from", t2[t2.to = 7] = "to", t2[t2.splitter = 8] = "splitter", t2[t2.symmetric = 9] = "symmetric", t2[t2.mailMap = 10] = "mailMap", t2[t2.multiLine = 11] = "multiLine", t2[t2.strictDate = 12] = "strictDate", t2))(se || {});
function lr(t2, e) {
  const n = [], r2 = [];
  return Object.keys(t2).forEach((s) => {
    n.push(s), r2.push(String(t2[s]));
  }), [n, r2.join(e)];
}
function hr(t2) {
  return Object.keys(t2).reduce((e, n) => (n in se || (e[n] = t2[n]), e), {});
}
function oe2(t2 = {}, e = []) {
  const n = d(t2.splitter, m, ne2), r2 = lt(t2.format) ? t2.format : {
    hash: "%H",
    date: t2.strictDate === false ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t2.multiLine ? "%B" : "%b",
    author_name: t2.mailMap !== false ? "%aN" : "%an",
    author_email: t2.mailMap !== false ? "%aE" : "%ae"
  }, [s, o2] = lr(r2, n), i = [], a = [
    `--pretty=format:${te}${o2}${ee2}`,
    ...e
  ], c3 = t2.n || t2["max-count"] || t2.maxCount;
  if (c3 && a.push(`--max-count=${c3}`), t2.from || t2.to) {
    const y2 = t2.symmetric !== false ? "..." : "..";
    i.push(`${t2.from || ""}${y2}${t2.to || ""}`);
  }
  return m(t2.file) && a.push("--follow", c(t2.file)), It(hr(t2), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t2, e, n) {
  const r2 = re(t2, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r2
  };
}
function pr() {
  return {
    log(...n) {
      const r2 = u(arguments), s = oe2(
        ht(arguments),
        L2(d(arguments[0], K2, []))
      ), o2 = e(...n) || dt(s.commands) || t2(s);
      return this._runTask(o2, r2);
    }
  };
  function t2(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r2) {
    return m(n) && m(r2) && b2(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
var Z2 = class {
  constructor(e, n = null, r2) {
    this.reason = e, this.file = n, this.meta = r2;
  }
  toString() {
    return `${this.file}:${this.reason}`;
  }
};
var dr = class {
  constructor() {
    this.conflicts = [], this.merges = [], this.result = "success";
  }
  get failed() {
    return this.conflicts.length > 0;
  }
  get reason() {
    return this.result;
  }
  toString() {
    return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
  }
};
var ie = class {
  constructor() {
    this.remoteMessages = {
      all: []
    }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
      changes: 0,
      deletions: 0,
      insertions: 0
    };
  }
};
var gr = class {
  constructor() {
    this.remote = "", this.hash = {
      local: "",
      remote: ""
    }, this.branch = {
      local: "",
      remote: ""
    }, this.message = "";
  }
  toString() {
    return this.message;
  }
};
function tt(t2) {
  return t2.objects = t2.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t2) {
  const e = /^\s*(\d+)/.exec(t2), n = /delta (\d+)/i.exec(t2);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
var yr = [
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
    (t2, [e, n, r2]) => {
      const s = tt(t2.remoteMessages);
      s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r2);
    }
  )
];
var wr = [
  new x2(/^remote:\s*(.+)$/, (t2, [e]) => (t2.remoteMessages.all.push(e.trim()), false)),
  ...yr,
  new x2(
    [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
    (t2, [e]) => {
      t2.remoteMessages.pullRequestUrl = e;
    }
  ),
  new x2(
    [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
    (t2, [e, n, r2]) => {
      t2.remoteMessages.vulnerabilities = {
        count: p(e),
        summary: n,
        url: r2
      };
    }
  )
];
function ae(t2, e) {
  return E2({ remoteMessages: new br() }, wr, e);
}
var br = class {
  constructor() {
    this.all = [];
  }
};
var Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/;
var kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/;
var _r = /^(create|delete) mode \d+ (.+)/;
var vr = [
  new l2(Tr, (t2, [e, n, r2]) => {
    t2.files.push(e), n && (t2.insertions[e] = n.length), r2 && (t2.deletions[e] = r2.length);
  }),
  new l2(kr, (t2, [e, , n, , r2]) => n !== void 0 || r2 !== void 0 ? (t2.summary.changes = +e || 0, t2.summary.insertions = +n || 0, t2.summary.deletions = +r2 || 0, true) : false),
  new l2(_r, (t2, [e, n]) => {
    S2(t2.files, n), S2(e === "create" ? t2.created : t2.deleted, n);
  })
];
var Er = [
  new l2(/^from\s(.+)$/i, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/^fatal:\s(.+)$/, (t2, [e]) => {
    t2.message = e;
  }),
  new l2(
    /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
    (t2, [e, n, r2, s]) => {
      t2.branch.local = r2, t2.hash.local = e, t2.branch.remote = s, t2.hash.remote = n;
    }
  )
];
var Sr = (t2, e) => E2(new ie(), vr, [t2, e]);
var ue = (t2, e) => Object.assign(
  new ie(),
  Sr(t2, e),
  ae(t2, e)
);
function Rr(t2, e) {
  const n = E2(new gr(), Er, [t2, e]);
  return n.message && n;
}
var Or = [
  new l2(/^Auto-merging\s+(.+)$/, (t2, [e]) => {
    t2.merges.push(e);
  }),
  new l2(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t2, [e, n]) => {
    t2.conflicts.push(new Z2(e, n));
  }),
  new l2(
    /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
    (t2, [e, n, r2]) => {
      t2.conflicts.push(new Z2(e, n, { deleteRef: r2 }));
    }
  ),
  new l2(/^CONFLICT\s+\((.+)\):/, (t2, [e]) => {
    t2.conflicts.push(new Z2(e, null));
  }),
  new l2(/^Automatic merge failed;\s+(.+)$/, (t2, [e]) => {
    t2.result = e;
  })
];
var Cr = (t2, e) => Object.assign(Ar(t2), ue(t2, e));
var Ar = (t2) => E2(new dr(), Or, t2);
function At(t2) {
  return t2.length ? {
    commands: ["merge", ...t2],
    format: "utf-8",
    parser(e, n) {
      const r2 = Cr(e, n);
      if (r2.failed)
        throw new at(r2);
      return r2;
    }
  } : b2("Git.merge requires at least one option");
}
function xr(t2, e, n) {
  const r2 = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t2), o2 = !n.includes("new");
  return {
    deleted: r2,
    tag: s,
    branch: !s,
    new: !o2,
    alreadyUpdated: o2,
    local: t2,
    remote: e
  };
}
var Nr = [
  new l2(/^Pushing to (.+)$/, (t2, [e]) => {
    t2.repo = e;
  }),
  new l2(/^updating local tracking ref '(.+)'/, (t2, [e]) => {
    t2.ref = {
      ...t2.ref || {},
      local: e
    };
  }),
  new l2(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t2, [e, n, r2]) => {
    t2.pushed.push(xr(e, n, r2));
  }),
  new l2(
    /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
    (t2, [e, n, r2]) => {
      t2.branch = {
        ...t2.branch || {},
        local: e,
        remote: n,
        remoteName: r2
      };
    }
  ),
  new l2(
    /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
    (t2, [e, n, r2, s]) => {
      t2.update = {
        head: {
          local: e,
          remote: n
        },
        hash: {
          from: r2,
          to: s
        }
      };
    }
  )
];
var $r = (t2, e) => {
  const n = Pr(t2, e), r2 = ae(t2, e);
  return {
    ...n,
    ...r2
  };
};
var Pr = (t2, e) => E2({ pushed: [] }, Nr, [t2, e]);
function Mr(t2 = {}, e) {
  return S2(e, "--tags"), ce(t2, e);
}
function ce(t2 = {}, e) {
  const n = ["push", ...e];
  return t2.branch && n.splice(1, 0, t2.branch), t2.remote && n.splice(1, 0, t2.remote), ct(n, "-v"), S2(n, "--verbose"), S2(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t2 = ["show", ...h2(arguments, 1)];
      return t2.includes("--binary") || t2.splice(1, 0, "--binary"), this._runTask(
        Gt(t2),
        u(arguments)
      );
    },
    show() {
      const t2 = ["show", ...h2(arguments, 1)];
      return this._runTask(
        g(t2),
        u(arguments)
      );
    }
  };
}
var Lr = /^(.+)\0(.+)$/;
var jr = class {
  constructor(e, n, r2) {
    if (this.path = e, this.index = n, this.working_dir = r2, n === "R" || r2 === "R") {
      const s = Lr.exec(e) || [null, e, e];
      this.from = s[2] || "", this.path = s[1] || "";
    }
  }
};
var Br = class {
  constructor() {
    this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = false, this.isClean = () => !this.files.length;
  }
};
function xt(t2) {
  const [e, n] = t2.split(I2);
  return {
    from: n || e,
    to: e
  };
}
function _2(t2, e, n) {
  return [`${t2}${e}`, n];
}
function et(t2, ...e) {
  return e.map((n) => _2(t2, n, (r2, s) => r2.conflicted.push(s)));
}
var Ir = new Map([
  _2(
    " ",
    "A",
    (t2, e) => t2.created.push(e)
  ),
  _2(
    " ",
    "D",
    (t2, e) => t2.deleted.push(e)
  ),
  _2(
    " ",
    "M",
    (t2, e) => t2.modified.push(e)
  ),
  _2("A", " ", (t2, e) => {
    t2.created.push(e), t2.staged.push(e);
  }),
  _2("A", "M", (t2, e) => {
    t2.created.push(e), t2.staged.push(e), t2.modified.push(e);
  }),
  _2("D", " ", (t2, e) => {
    t2.deleted.push(e), t2.staged.push(e);
  }),
  _2("M", " ", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("M", "M", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("R", " ", (t2, e) => {
    t2.renamed.push(xt(e));
  }),
  _2("R", "M", (t2, e) => {
    const n = xt(e);
    t2.renamed.push(n), t2.modified.push(n.to);
  }),
  _2("!", "!", (t2, e) => {
    (t2.ignored = t2.ignored || []).push(e);
  }),
  _2(
    "?",
    "?",
    (t2, e) => t2.not_added.push(e)
  ),
  ...et(
    "A",
    "A",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "D",
    "D",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "U",
    "A",
    "D",
    "U"
    /* UNMERGED */
  ),
  [
    "##",
    (t2, e) => {
      const n = /ahead (\d+)/, r2 = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o2 = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
      let a = n.exec(e);
      t2.ahead = a && +a[1] || 0, a = r2.exec(e), t2.behind = a && +a[1] || 0, a = s.exec(e), t2.current = d(a?.[1], m, null), a = o2.exec(e), t2.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t2.current = d(a?.[1], m, t2.current)), t2.detached = /\(no branch\)/.test(e);
    }
  ]
]);
var Ur = function(t2) {
  const e = t2.split(I2), n = new Br();
  for (let r2 = 0, s = e.length; r2 < s; ) {
    let o2 = e[r2++].trim();
    o2 && (o2.charAt(0) === "R" && (o2 += I2 + (e[r2++] || "")), Fr(n, o2));
  }
  return n;
};
function Fr(t2, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r2(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r2(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r2(s, o2, i) {
    const a = `${s}${o2}`, c3 = Ir.get(a);
    c3 && c3(t2, i), a !== "##" && a !== "!!" && t2.files.push(new jr(i, s, o2));
  }
}
var Gr = ["--null", "-z"];
function zr(t2) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t2.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
var fe = "installed=false";
function q2(t2 = 0, e = 0, n = 0, r2 = "", s = true) {
  return Object.defineProperty(
    {
      major: t2,
      minor: e,
      patch: n,
      agent: r2,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: false,
      enumerable: false
    }
  );
}
function qr() {
  return q2(0, 0, 0, "", false);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t2, e, n, r2) {
          if (t2.exitCode === V2.NOT_FOUND)
            return n(Buffer.from(fe));
          r2(e);
        }
      });
    }
  };
}
var Hr = [
  new l2(
    /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(
        t2,
        q2(p(e), p(n), p(r2), s)
      );
    }
  ),
  new l2(
    /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(t2, q2(p(e), p(n), r2, s));
    }
  )
];
function Kr(t2) {
  return t2 === fe ? qr() : E2(q2(0, 0, 0, t2), Hr, t2);
}
var le = class {
  constructor(e) {
    this._executor = e;
  }
  _runTask(e, n) {
    const r2 = this._executor.chain(), s = r2.push(e);
    return n && Ln(e, s, n), Object.create(this, {
      then: { value: s.then.bind(s) },
      catch: { value: s.catch.bind(s) },
      _executor: { value: r2 }
    });
  }
  add(e) {
    return this._runTask(
      g(["add", ...v(e)]),
      u(arguments)
    );
  }
  cwd(e) {
    const n = u(arguments);
    return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
      St(
        e.path,
        e.root && this._executor || void 0
      ),
      n
    ) : this._runTask(
      b2("Git.cwd: workingDirectory must be supplied as a string"),
      n
    );
  }
  hashObject(e, n) {
    return this._runTask(
      Vn(e, n === true),
      u(arguments)
    );
  }
  init(e) {
    return this._runTask(
      Zn(e === true, this._executor.cwd, h2(arguments)),
      u(arguments)
    );
  }
  merge() {
    return this._runTask(
      At(h2(arguments)),
      u(arguments)
    );
  }
  mergeFromTo(e, n) {
    return m(e) && m(n) ? this._runTask(
      At([e, n, ...h2(arguments)]),
      u(arguments, false)
    ) : this._runTask(
      b2(
        "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
      )
    );
  }
  outputHandler(e) {
    return this._executor.outputHandler = e, this;
  }
  push() {
    const e = ce(
      {
        remote: d(arguments[0], m),
        branch: d(arguments[1], m)
      },
      h2(arguments)
    );
    return this._runTask(e, u(arguments));
  }
  stash() {
    return this._runTask(
      g(["stash", ...h2(arguments)]),
      u(arguments)
    );
  }
  status() {
    return this._runTask(
      zr(h2(arguments)),
      u(arguments)
    );
  }
};
Object.assign(
  le.prototype,
  jn(),
  In(),
  zn(),
  Tn(),
  Hn(),
  Kn(),
  On(),
  er(),
  pr(),
  Dr(),
  Wr()
);
var Vr = /* @__PURE__ */ (() => {
  let t2 = 0;
  return () => {
    t2++;
    const { promise: e, done: n } = (0, import_promise_deferred.createDeferred)();
    return {
      promise: e,
      done: n,
      id: t2
    };
  };
})();
var Xr = class {
  constructor(e = 2) {
    this.concurrency = e, this.logger = $2("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
  }
  schedule() {
    if (!this.pending.length || this.running.length >= this.concurrency) {
      this.logger(
        "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
        this.pending.length,
        this.running.length,
        this.concurrency
      );
      return;
    }
    const e = S2(this.running, this.pending.shift());
    this.logger("Attempting id=%s", e.id), e.done(() => {
      this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
    });
  }
  next() {
    const { promise: e, id: n } = S2(this.pending, Vr());
    return this.logger("Scheduling id=%s", n), this.schedule(), e;
  }
};
function Yr(t2, e) {
  return g(["apply", ...e, ...t2]);
}
var he = /* @__PURE__ */ ((t2) => (t2.CURRENT = "*", t2.LINKED = "+", t2))(he || {});
var Qr = class {
  constructor() {
    this.all = [], this.branches = {}, this.current = "", this.detached = false;
  }
  push(e, n, r2, s, o2) {
    e === "*" && (this.detached = n, this.current = r2), this.all.push(r2), this.branches[r2] = {
      current: e === "*",
      linkedWorkTree: e === "+",
      name: r2,
      commit: s,
      label: o2
    };
  }
};
var Jr = [
  new l2(
    /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), true, n, r2, s);
    }
  ),
  new l2(
    /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), false, n, r2, s);
    }
  )
];
var Zr = new l2(/^(\S+)$/s, (t2, [e]) => {
  t2.push(he.CURRENT, false, e, "", "");
});
function Nt(t2) {
  return t2 ? t2.charAt(0) : "";
}
function me(t2, e = false) {
  return E2(
    new Qr(),
    e ? [Zr] : Jr,
    t2
  );
}
var ts = class {
  constructor() {
    this.all = [], this.branches = {}, this.errors = [];
  }
  get success() {
    return !this.errors.length;
  }
};
function es(t2, e) {
  return {
    branch: t2,
    hash: e,
    success: true
  };
}
function ns(t2) {
  return {
    branch: t2,
    hash: null,
    success: false
  };
}
var rs = /(\S+)\s+\(\S+\s([^)]+)\)/;
var pe = /^error[^']+'([^']+)'/m;
var ss = [
  new l2(rs, (t2, [e, n]) => {
    const r2 = es(e, n);
    t2.all.push(r2), t2.branches[e] = r2;
  }),
  new l2(pe, (t2, [e]) => {
    const n = ns(e);
    t2.errors.push(n), t2.all.push(n), t2.branches[e] = n;
  })
];
var gt = (t2, e) => E2(new ts(), ss, [t2, e]);
function de(t2, e) {
  return e === V2.ERROR && pe.test(t2);
}
function os2(t2) {
  const e = ["-d", "-D", "--delete"];
  return t2.some((n) => e.includes(n));
}
function is(t2) {
  const e = os2(t2), n = t2.includes("--show-current"), r2 = ["branch", ...t2];
  return r2.length === 1 && r2.push("-a"), r2.includes("-v") || r2.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r2,
    parser(s, o2) {
      return e ? gt(s, o2).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t2) {
      return me(t2);
    }
  };
}
function us(t2, e = false) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t2],
    parser(n, r2) {
      return gt(n, r2);
    },
    onError({ exitCode: n, stdOut: r2 }, s, o2, i) {
      if (!de(String(s), n))
        return i(s);
      o2(r2);
    }
  };
}
function cs(t2, e = false) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t2],
    parser(r2, s) {
      return gt(r2, s).branches[t2];
    },
    onError({ exitCode: r2, stdErr: s, stdOut: o2 }, i, a, c3) {
      if (!de(String(i), r2))
        return c3(i);
      throw new at(
        n.parser(F2(o2), F2(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t2) {
  return {
    commands: ["check-ignore", ...t2],
    format: "utf-8",
    parser: ls
  };
}
function ls(t2) {
  return t2.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t2) {
  const e = t2.trim().replace(/^["']|["']$/g, "");
  return e && Se(e);
}
var ms = [
  new l2(/From (.+)$/, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.branches.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.tags.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/- \[deleted]\s+\S+\s*-> (.+)$/, (t2, [e]) => {
    t2.deleted.push({
      tracking: e
    });
  }),
  new l2(
    /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
    (t2, [e, n, r2, s]) => {
      t2.updated.push({
        name: r2,
        tracking: s,
        to: n,
        from: e
      });
    }
  )
];
function ps(t2, e) {
  return E2({
    raw: t2,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t2, e]);
}
function ds(t2) {
  return /^--upload-pack(=|$)/.test(t2);
}
function gs(t2, e, n) {
  const r2 = ["fetch", ...n];
  return t2 && e && r2.push(t2, e), r2.find(ds) ? b2("git.fetch: potential exploit argument blocked.") : {
    commands: r2,
    format: "utf-8",
    parser: ps
  };
}
var ys = [
  new l2(/^Renaming (.+) to (.+)$/, (t2, [e, n]) => {
    t2.moves.push({ from: e, to: n });
  })
];
function ws(t2) {
  return E2({ moves: [] }, ys, t2);
}
function bs(t2, e) {
  return {
    commands: ["mv", "-v", ...v(t2), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t2, e, n) {
  const r2 = ["pull", ...n];
  return t2 && e && r2.splice(1, 0, t2, e), {
    commands: r2,
    format: "utf-8",
    parser(s, o2) {
      return ue(s, o2);
    },
    onError(s, o2, i, a) {
      const c3 = Rr(
        F2(s.stdOut),
        F2(s.stdErr)
      );
      if (c3)
        return a(new at(c3));
      a(o2);
    }
  };
}
function ks(t2) {
  const e = {};
  return ge(t2, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t2) {
  const e = {};
  return ge(t2, ([n, r2, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r2 && (e[n].refs[s.replace(/[^a-z]/g, "")] = r2);
  }), Object.values(e);
}
function ge(t2, e) {
  ut(t2, (n) => e(n.split(/\s+/)));
}
function vs(t2, e, n) {
  return g(["remote", "add", ...n, t2, e]);
}
function Es(t2) {
  const e = ["remote"];
  return t2 && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t2 ? _s : ks
  };
}
function Ss(t2) {
  const e = [...t2];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t2) {
  const e = [...t2];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t2) {
  return g(["remote", "remove", t2]);
}
function Cs(t2 = {}, e) {
  const n = oe2(t2), r2 = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r2)
  );
  return dt(r2) || {
    commands: r2,
    format: "utf-8",
    parser: s
  };
}
function As(t2, e) {
  return X2(["add", t2, e]);
}
function xs(t2) {
  return X2(["init", ...t2]);
}
function X2(t2) {
  const e = [...t2];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t2) {
  return X2(["update", ...t2]);
}
var $s = class {
  constructor(e, n) {
    this.all = e, this.latest = n;
  }
};
var Ps = function(t2, e = false) {
  const n = t2.split(`
`).map(Ds).filter(Boolean);
  e || n.sort(function(s, o2) {
    const i = s.split("."), a = o2.split(".");
    if (i.length === 1 || a.length === 1)
      return Ms(B2(i[0]), B2(a[0]));
    for (let c3 = 0, y2 = Math.max(i.length, a.length); c3 < y2; c3++) {
      const w2 = ye(B2(i[c3]), B2(a[c3]));
      if (w2)
        return w2;
    }
    return 0;
  });
  const r2 = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
  return new $s(n, r2);
};
function Ms(t2, e) {
  const n = Number.isNaN(t2), r2 = Number.isNaN(e);
  return n !== r2 ? n ? 1 : -1 : n ? ye(t2, e) : 0;
}
function ye(t2, e) {
  return t2 === e ? 0 : t2 > e ? 1 : -1;
}
function Ds(t2) {
  return t2.trim();
}
function B2(t2) {
  return typeof t2 == "string" && parseInt(t2.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t2 = []) {
  const e = t2.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t2],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t2) {
  return {
    format: "utf-8",
    commands: ["tag", t2],
    parser() {
      return { name: t2 };
    }
  };
}
function Bs(t2, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t2],
    parser() {
      return { name: t2 };
    }
  };
}
function f2(t2, e) {
  this._plugins = e, this._executor = new Dn(
    t2.baseDir,
    new Xr(t2.maxConcurrentProcesses),
    e
  ), this._trimmed = t2.trimmed;
}
(f2.prototype = Object.create(le.prototype)).constructor = f2;
f2.prototype.customBinary = function(t2) {
  return this._plugins.reconfigure("binary", t2), this;
};
f2.prototype.env = function(t2, e) {
  return arguments.length === 1 && typeof t2 == "object" ? this._executor.env = t2 : (this._executor.env = this._executor.env || {})[t2] = e, this;
};
f2.prototype.stashList = function(t2) {
  return this._runTask(
    Cs(
      ht(arguments) || {},
      K2(t2) && t2 || []
    ),
    u(arguments)
  );
};
f2.prototype.mv = function(t2, e) {
  return this._runTask(bs(t2, e), u(arguments));
};
f2.prototype.checkoutLatestTag = function(t2) {
  var e = this;
  return this.pull(function() {
    e.tags(function(n, r2) {
      e.checkout(r2.latest, t2);
    });
  });
};
f2.prototype.pull = function(t2, e, n, r2) {
  return this._runTask(
    Ts(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.fetch = function(t2, e) {
  return this._runTask(
    gs(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.tags = function(t2, e) {
  return this._runTask(
    Ls(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.rebase = function() {
  return this._runTask(
    g(["rebase", ...h2(arguments)]),
    u(arguments)
  );
};
f2.prototype.reset = function(t2) {
  return this._runTask(
    An(xn(t2), h2(arguments)),
    u(arguments)
  );
};
f2.prototype.revert = function(t2) {
  const e = u(arguments);
  return typeof t2 != "string" ? this._runTask(b2("Commit must be a string"), e) : this._runTask(
    g(["revert", ...h2(arguments, 0, true), t2]),
    e
  );
};
f2.prototype.addTag = function(t2) {
  const e = typeof t2 == "string" ? js(t2) : b2("Git.addTag requires a tag name");
  return this._runTask(e, u(arguments));
};
f2.prototype.addAnnotatedTag = function(t2, e) {
  return this._runTask(
    Bs(t2, e),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranch = function(t2, e, n) {
  return this._runTask(
    cs(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranches = function(t2, e, n) {
  return this._runTask(
    us(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.branch = function(t2, e) {
  return this._runTask(
    is(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.branchLocal = function(t2) {
  return this._runTask(as(), u(arguments));
};
f2.prototype.raw = function(t2) {
  const e = !Array.isArray(t2), n = [].slice.call(e ? arguments : t2, 0);
  for (let s = 0; s < n.length && e; s++)
    if (!st(n[s])) {
      n.splice(s, n.length - s);
      break;
    }
  n.push(...h2(arguments, 0, true));
  var r2 = u(arguments);
  return n.length ? this._runTask(g(n, this._trimmed), r2) : this._runTask(
    b2("Raw: must supply one or more command to execute"),
    r2
  );
};
f2.prototype.submoduleAdd = function(t2, e, n) {
  return this._runTask(As(t2, e), u(arguments));
};
f2.prototype.submoduleUpdate = function(t2, e) {
  return this._runTask(
    Ns(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.submoduleInit = function(t2, e) {
  return this._runTask(
    xs(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.subModule = function(t2, e) {
  return this._runTask(
    X2(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.listRemote = function() {
  return this._runTask(
    Ss(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.addRemote = function(t2, e, n) {
  return this._runTask(
    vs(t2, e, h2(arguments)),
    u(arguments)
  );
};
f2.prototype.removeRemote = function(t2, e) {
  return this._runTask(Os(t2), u(arguments));
};
f2.prototype.getRemotes = function(t2, e) {
  return this._runTask(Es(t2 === true), u(arguments));
};
f2.prototype.remote = function(t2, e) {
  return this._runTask(
    Rs(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.tag = function(t2, e) {
  const n = h2(arguments);
  return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
};
f2.prototype.updateServerInfo = function(t2) {
  return this._runTask(
    g(["update-server-info"]),
    u(arguments)
  );
};
f2.prototype.pushTags = function(t2, e) {
  const n = Mr(
    { remote: d(t2, m) },
    h2(arguments)
  );
  return this._runTask(n, u(arguments));
};
f2.prototype.rm = function(t2) {
  return this._runTask(
    g(["rm", "-f", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.rmKeepLocal = function(t2) {
  return this._runTask(
    g(["rm", "--cached", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.catFile = function(t2, e) {
  return this._catFile("utf-8", arguments);
};
f2.prototype.binaryCatFile = function() {
  return this._catFile("buffer", arguments);
};
f2.prototype._catFile = function(t2, e) {
  var n = u(e), r2 = ["cat-file"], s = e[0];
  if (typeof s == "string")
    return this._runTask(
      b2("Git.catFile: options must be supplied as an array of strings"),
      n
    );
  Array.isArray(s) && r2.push.apply(r2, s);
  const o2 = t2 === "buffer" ? Gt(r2) : g(r2);
  return this._runTask(o2, n);
};
f2.prototype.diff = function(t2, e) {
  const n = m(t2) ? b2(
    "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
  ) : g(["diff", ...h2(arguments)]);
  return this._runTask(n, u(arguments));
};
f2.prototype.diffSummary = function() {
  return this._runTask(
    fr(h2(arguments, 1)),
    u(arguments)
  );
};
f2.prototype.applyPatch = function(t2) {
  const e = G2(t2) ? Yr(v(t2), h2([].slice.call(arguments, 1))) : b2(
    "git.applyPatch requires one or more string patches as the first argument"
  );
  return this._runTask(e, u(arguments));
};
f2.prototype.revparse = function() {
  const t2 = ["rev-parse", ...h2(arguments, true)];
  return this._runTask(
    g(t2, true),
    u(arguments)
  );
};
f2.prototype.clean = function(t2, e, n) {
  const r2 = un(t2), s = r2 && t2.join("") || d(t2, m) || "", o2 = h2([].slice.call(arguments, r2 ? 1 : 0));
  return this._runTask(
    on(s, o2),
    u(arguments)
  );
};
f2.prototype.exec = function(t2) {
  const e = {
    commands: [],
    format: "utf-8",
    parser() {
      typeof t2 == "function" && t2();
    }
  };
  return this._runTask(e);
};
f2.prototype.checkIgnore = function(t2, e) {
  return this._runTask(
    fs(v(d(t2, G2, []))),
    u(arguments)
  );
};
f2.prototype.checkIsRepo = function(t2, e) {
  return this._runTask(
    We(d(t2, m)),
    u(arguments)
  );
};
function Is(t2) {
  return t2 ? [{
    type: "spawn.before",
    action(r2, s) {
      t2.aborted && s.kill(new A2(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r2, s) {
      function o2() {
        s.kill(new A2(void 0, "abort", "Abort signal received"));
      }
      t2.addEventListener("abort", o2), s.spawned.on("close", () => t2.removeEventListener("abort", o2));
    }
  }] : void 0;
}
var Us = $2("", "plugin:allowEnvironment");
function Fs(t2, e = false) {
  const n = new Set(t2.map((r2) => r2.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r2, s) {
      const o2 = { ...r2.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o2)) {
        const c3 = a.toLowerCase().trim();
        if (!(!Gs(c3) || n.has(c3))) {
          if (i.has(c3))
            throw new A2(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o2[a];
        }
      }
      return {
        ...r2,
        env: {
          ...o2,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t2) {
  const e = t2.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t2 = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r2 of oe(e, n))
        if (t2[r2.category] !== true)
          throw new A2(void 0, "unsafe", r2.message);
      return e;
    }
  };
}
function qs(t2) {
  const e = U(t2, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
var $t = (0, import_promise_deferred.deferred)().promise;
function Ws({
  onClose: t2 = true,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o2 = {
      close: (0, import_promise_deferred.deferred)(),
      closeTimeout: (0, import_promise_deferred.deferred)(),
      exit: (0, import_promise_deferred.deferred)(),
      exitTimeout: (0, import_promise_deferred.deferred)()
    }, i = Promise.race([
      t2 === false ? $t : o2.closeTimeout.promise,
      e === false ? $t : o2.exitTimeout.promise
    ]);
    return r2(t2, o2.close, o2.closeTimeout), r2(e, o2.exit, o2.exitTimeout), {
      close(a) {
        s = a, o2.close.done();
      },
      exit(a) {
        s = a, o2.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r2(s, o2, i) {
    s !== false && (s === true ? o2.promise : o2.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o2, close: i }) {
      const a = n();
      let c3 = true, y2 = () => {
        c3 = false;
      };
      o2.stdout?.on("data", y2), o2.stderr?.on("data", y2), o2.on("error", y2), o2.on("close", (w2) => a.close(w2)), o2.on("exit", (w2) => a.exit(w2));
      try {
        await a.result, c3 && await wt(50), i(a.exitCode);
      } catch (w2) {
        i(a.exitCode, w2);
      }
    }
  };
}
var we = $2("", "plugin:binary");
var Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings";
var Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
function Vs(t2) {
  return !t2 || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t2);
}
function Pt(t2, e) {
  if (t2.length < 1 || t2.length > 2)
    throw new A2(void 0, "binary", Hs);
  if (t2.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t2);
    else
      throw new A2(void 0, "binary", Ks);
  const [r2, s] = t2;
  return {
    binary: r2,
    prefix: s
  };
}
function Xs(t2, e = ["git"], n = false) {
  let r2 = Pt(v(e), n);
  t2.on("binary", (s) => {
    r2 = Pt(v(s), n), we.info("reconfiguring %o", r2);
  }), t2.append("spawn.binary", () => r2.binary), t2.append("spawn.args", (s) => r2.prefix ? [r2.prefix, ...s] : s);
}
var be = {
  DISALLOWED_ABBREVIATED: {
    text: "disallowed abbreviated or ambiguous option",
    solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
  },
  UNKNOWN: {
    text: "~ unknown ~",
    solution: void 0
  }
};
function Ys(t2) {
  if (!t2)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t2.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
var Qs = class extends O2 {
  constructor(e = "") {
    const n = Ys(e);
    super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
  }
};
function Js(t2) {
  return !!(t2.exitCode && t2.stdErr.length);
}
function Zs(t2) {
  return Buffer.concat([...t2.stdOut, ...t2.stdErr]);
}
function to(t2 = false, e = Js, n = Zs) {
  return (r2, s) => !t2 && r2 || !e(s) ? r2 : n(s);
}
function eo(t2, e) {
  return t2 === 128 && e.startsWith("fatal:") ? new Qs(e) : new O2(void 0, e);
}
function Mt(t2) {
  return {
    type: "task.error",
    action(e, n) {
      const r2 = t2(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r2) ? {
        error: eo(n.exitCode, r2.toString("utf-8"))
      } : {
        error: r2
      };
    }
  };
}
var nt = $2("", "plugin:input");
function no(t2) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r2, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o2 = t2?.([...n]) ?? r2;
      if (!o2)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o2)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o2);
    }
  };
}
var ro = class {
  constructor() {
    this.plugins = /* @__PURE__ */ new Set(), this.events = new Ce();
  }
  on(e, n) {
    this.events.on(e, n);
  }
  reconfigure(e, n) {
    this.events.emit(e, n);
  }
  append(e, n) {
    const r2 = S2(this.plugins, { type: e, action: n });
    return () => this.plugins.delete(r2);
  }
  add(e) {
    const n = [];
    return v(e).forEach(
      (r2) => {
        r2 && this.plugins.add(S2(n, r2));
      }
    ), () => {
      n.forEach((r2) => {
        this.plugins.delete(r2);
      });
    };
  }
  exec(e, n, r2) {
    let s = n;
    const o2 = Object.freeze(Object.create(r2));
    for (const i of this.plugins)
      i.type === e && (s = i.action(s, o2));
    return s;
  }
};
function so(t2) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o2, i) {
      return n.includes(i.method) ? De(o2, e) : o2;
    }
  }, {
    type: "spawn.after",
    action(o2, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c3 = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c3 && t2({
          method: i.method,
          stage: oo(c3[1]),
          progress: p(c3[2]),
          processed: p(c3[3]),
          total: p(c3[4])
        });
      });
    }
  }];
}
function oo(t2) {
  return String(t2.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t2) {
  const e = je(t2, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t2) {
      const e = [];
      let n;
      function r2(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t2.length; s++) {
        const o2 = t2[s];
        if (r(o2)) {
          r2(o(o2));
          continue;
        }
        if (o2 === "--") {
          r2(
            t2.slice(s + 1).flatMap((i) => r(i) && o(i) || i)
          );
          break;
        }
        e.push(o2);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t2,
  stdErr: e = true,
  stdOut: n = true
}) {
  if (t2 > 0)
    return {
      type: "spawn.after",
      action(r2, s) {
        let o2;
        function i() {
          o2 && clearTimeout(o2), o2 = setTimeout(c3, t2);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o2 && clearTimeout(o2);
        }
        function c3() {
          a(), s.kill(new A2(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
var wo = (t2, e) => {
  const n = new ro(), r2 = Ge(
    t2 && (typeof t2 == "string" ? { baseDir: t2 } : t2) || {},
    e
  );
  if (!Lt(r2.baseDir))
    throw new Ae(
      r2,
      "Cannot use simple-git on a directory that does not exist"
    );
  return Array.isArray(r2.config) && n.add(qs(r2.config)), n.add(zs(r2.unsafe)), n.add(Ws(r2.completion)), r2.abort && n.add(Is(r2.abort)), r2.progress && n.add(so(r2.progress)), r2.timeout && n.add(uo(r2.timeout)), r2.spawnOptions && n.add(io(r2.spawnOptions)), n.add(ao()), n.add(no(r2.input)), n.add(Mt(to(true))), r2.errors && n.add(Mt(r2.errors)), Xs(n, r2.binary, r2.unsafe?.allowUnsafeCustomBinary), n.add(
    Fs(r2.allowEnvironment ?? [], r2.unsafe?.allowAbbreviatedOptions)
  ), new f2(r2, n);
};

// src/sources/git.ts
async function git(cwd, args) {
  try {
    return await wo({ baseDir: cwd }).raw(args);
  } catch (error) {
    throw new GitError(args, error.message, { cause: error });
  }
}
async function workTreeTop(dir) {
  try {
    const [inside, top] = (await git(dir, ["rev-parse", "--is-inside-work-tree", "--show-toplevel"])).split("\n");
    return inside === "true" ? top : void 0;
  } catch {
    return void 0;
  }
}
async function isShallowRepository(dir) {
  return (await git(dir, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
}

// src/config/load-config.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { existsSync as existsSync3 } from "node:fs";
import { join as join4 } from "node:path";

// src/config/read-config-file.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname2, resolve } from "node:path";

// src/engine/checksums.ts
import { crc32 } from "node:zlib";
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function toBase62(value, width) {
  let text = "";
  for (let n = value; n > 0; n = Math.floor(n / 62)) text = BASE62[n % 62] + text;
  return text.padStart(width, "0");
}
var checksums = {
  /** GitHub and npm: the last 6 characters are the base62 CRC32 of the 30 random characters before them. */
  "crc32-base62": (secret) => {
    if (secret.length < 36) return false;
    const body = secret.slice(-36, -6);
    return toBase62(crc32(body), 6) === secret.slice(-6);
  }
};

// src/engine/keyword-matcher.ts
var KeywordMatcher = class {
  classes = new Uint8Array(128);
  width;
  delta;
  /** Owners (rule indices) of the keywords that end in each state, following failure links. */
  outputs;
  /** 1 for states where a keyword ends: the hot loop tests a byte, not an array. */
  accepting;
  constructor(keywordsByOwner) {
    const keywords = keywordsByOwner.map((list) => list.map((keyword) => keyword.toLowerCase()));
    let width = 1;
    for (const list of keywords) {
      for (const keyword of list) {
        for (const ch of keyword) {
          const code = ch.charCodeAt(0);
          if (code >= 128) throw new Error(`keyword "${keyword}" is not ASCII`);
          if (this.classes[code] === 0) this.classes[code] = width++;
        }
      }
    }
    for (let code = 65; code <= 90; code++) this.classes[code] = this.classes[code + 32];
    this.width = width;
    const capacity = 1 + keywords.reduce((sum, list) => sum + list.reduce((n, k2) => n + k2.length, 0), 0);
    const delta = new Int32Array(capacity * width).fill(-1);
    const own = [[]];
    keywords.forEach((list, owner) => {
      for (const keyword of list) {
        let state = 0;
        for (const ch of keyword) {
          const edge = state * width + this.classes[ch.charCodeAt(0)];
          if (delta[edge] === -1) {
            delta[edge] = own.length;
            own.push([]);
          }
          state = delta[edge];
        }
        own[state].push(owner);
      }
    });
    const fail = new Int32Array(own.length);
    const outputs = own.map((owners) => [...new Set(owners)]);
    const queue = [];
    for (let c3 = 0; c3 < width; c3++) {
      if (delta[c3] === -1) delta[c3] = 0;
      else queue.push(delta[c3]);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      const inherited = outputs[fail[state]];
      if (inherited.length) outputs[state] = [.../* @__PURE__ */ new Set([...outputs[state], ...inherited])];
      const row = state * width;
      const failRow = fail[state] * width;
      for (let c3 = 0; c3 < width; c3++) {
        const next = delta[row + c3];
        if (next === -1) {
          delta[row + c3] = delta[failRow + c3];
        } else {
          fail[next] = delta[failRow + c3];
          queue.push(next);
        }
      }
    }
    this.delta = delta.subarray(0, own.length * width);
    this.outputs = outputs;
    this.accepting = Uint8Array.from(outputs, (owners) => owners.length ? 1 : 0);
  }
  /** Marks in `hit` every owner with a keyword in `text`; returns how many were newly marked. */
  scan(text, hit) {
    const { delta, outputs, accepting, classes, width } = this;
    let state = 0;
    let marked = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = delta[state * width + (code < 128 ? classes[code] : 0)];
      if (accepting[state] === 0) continue;
      for (const owner of outputs[state]) {
        if (hit[owner] === 0) {
          hit[owner] = 1;
          marked++;
        }
      }
    }
    return marked;
  }
};

// src/ruleset/compile.ts
var CONFIDENCE_RANK = { high: 3, medium: 2, low: 1 };
function compileRule(spec) {
  let regex2;
  try {
    regex2 = new RegExp(spec.pattern, `gd${spec.flags ?? ""}`);
  } catch (error) {
    throw new RuleError(`rule ${spec.id}${where(spec)}: pattern does not compile: ${error.message}`);
  }
  return {
    id: spec.id,
    description: spec.description,
    keywords: spec.keywords.map((k2) => k2.toLowerCase()),
    regex: regex2,
    entropy: spec.entropy ?? 0,
    confidence: spec.confidence ?? "high",
    checksum: spec.checksum === void 0 ? void 0 : checksums[spec.checksum],
    rotate: spec.rotate,
    tags: spec.tags ?? []
  };
}
function compileRules(specs) {
  const rules = specs.map(compileRule);
  const matcher = new KeywordMatcher(rules.map((rule) => rule.keywords));
  const keywordless = rules.flatMap((rule, index) => rule.keywords.length === 0 ? [index] : []);
  const ranks = new Map(rules.map((rule) => [rule.id, CONFIDENCE_RANK[rule.confidence] * 2 + (rule.tags.includes("generic") ? 0 : 1)]));
  const ids = new Set(rules.map((rule) => rule.id));
  return {
    rules,
    has: (id) => ids.has(id),
    candidates(text) {
      const hit = new Uint8Array(rules.length);
      for (const index of keywordless) hit[index] = 1;
      matcher.scan(text, hit);
      return hit;
    },
    rank: (ruleId) => ranks.get(ruleId) ?? 0
  };
}
var where = (spec) => spec.source ? ` (${spec.source})` : "";

// src/ruleset/regex-safety.ts
import { createRequire } from "node:module";
var recheck;
function backtrackingProblem(pattern, flags = "") {
  recheck ??= createRequire(import.meta.url)("recheck");
  const diagnostics = recheck.checkSync(pattern, flags, { checker: "automaton", timeout: 1e4 });
  if (diagnostics.status === "safe") return void 0;
  if (diagnostics.status === "vulnerable") {
    const attack = diagnostics.attack.pattern;
    return `pattern is open to ${diagnostics.complexity.type} backtracking (for example on ${attack.length > 60 ? `${attack.slice(0, 57)}...` : attack})`;
  }
  return `pattern could not be proven safe from catastrophic backtracking (${diagnostics.error.kind})`;
}

// src/ruleset/check-rule.ts
var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var MIN_EXAMPLES = 2;
function checkRule(spec) {
  const problems = [];
  if (!ID.test(spec.id) || spec.id.length > 48) problems.push('id must be lowercase words joined by "-", at most 48 characters');
  let regex2;
  try {
    regex2 = new RegExp(spec.pattern, `gd${spec.flags ?? ""}`);
  } catch (error) {
    return [...problems, `pattern does not compile: ${error.message}`];
  }
  const groups = new RegExp(`${spec.pattern}|`, spec.flags ?? "").exec("").length - 1;
  const named = /\(\?<secret>/.test(spec.pattern);
  if (!named && groups < 1) problems.push('pattern needs a capture group (or a group named "secret") around the secret');
  if (regex2.test("")) problems.push("pattern matches the empty string");
  const backtracking = backtrackingProblem(spec.pattern, spec.flags);
  if (backtracking) problems.push(backtracking);
  if (spec.keywords.length === 0) problems.push("keywords must name at least one word that every match contains");
  for (const keyword of spec.keywords) {
    if (keyword !== keyword.toLowerCase() || !/^[\x20-\x7e]+$/.test(keyword)) {
      problems.push(`keyword "${keyword}" must be lowercase printable ASCII`);
    }
  }
  if (spec.examples.length < MIN_EXAMPLES) problems.push(`needs at least ${MIN_EXAMPLES} examples`);
  if (spec.negativeExamples.length < MIN_EXAMPLES) problems.push(`needs at least ${MIN_EXAMPLES} negativeExamples`);
  if (!spec.rotate || !/https:\/\/\S+/.test(spec.rotate)) problems.push("rotate must say how to revoke the credential, with an https:// link");
  if (problems.length) return problems;
  const ruleset = compileRules([spec]);
  for (const example of spec.examples) {
    if (!spec.keywords.some((keyword) => example.toLowerCase().includes(keyword))) {
      problems.push(`example holds none of the keywords: ${abbreviate(example)}`);
    } else if (detect({ path: "example", text: example, startLine: 1 }, ruleset).length === 0) {
      problems.push(`example is not found: ${abbreviate(example)}`);
    }
  }
  for (const example of spec.negativeExamples) {
    if (detect({ path: "example", text: example, startLine: 1 }, ruleset).length > 0) {
      problems.push(`negative example is found: ${abbreviate(example)}`);
    }
  }
  return problems;
}
var abbreviate = (text) => (text.length > 60 ? `${text.slice(0, 57)}...` : text).replace(/\n/g, "\\n");

// src/yaml.ts
import { createRequire as createRequire2 } from "node:module";
var yaml;
function yamlModule() {
  yaml ??= createRequire2(import.meta.url)("yaml");
  return yaml;
}
function parseYaml(text) {
  return yamlModule().parse(text);
}

// src/ruleset/parse-rule-file.ts
var REQUIRED_STRINGS = ["id", "description", "pattern"];
var OPTIONAL_STRINGS = ["flags", "rotate", "checksum"];
var STRING_LISTS = ["keywords", "examples", "negativeExamples", "tags"];
var KNOWN_FIELDS = /* @__PURE__ */ new Set([...REQUIRED_STRINGS, ...OPTIONAL_STRINGS, ...STRING_LISTS, "entropy", "confidence"]);
var CONFIDENCES = ["high", "medium", "low"];
function parseRuleFile(text, source) {
  let data;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new RuleError(`${source}: not valid YAML or JSON: ${firstLine(error.message)}`);
  }
  const list = Array.isArray(data) ? data : isObject(data) ? data.rules : void 0;
  if (!Array.isArray(list)) throw new RuleError(`${source}: expected a "rules" list`);
  return list.map((item, index) => toRuleSpec(item, `${source}: rules[${index}]`, source));
}
function toRuleSpec(item, at3, source) {
  if (!isObject(item)) throw new RuleError(`${at3}: expected a mapping with id, description, pattern, keywords`);
  const label = typeof item.id === "string" ? `${at3} (${item.id})` : at3;
  for (const key of Object.keys(item)) {
    if (!KNOWN_FIELDS.has(key)) throw new RuleError(`${label}: unknown field "${key}"`);
  }
  for (const key of REQUIRED_STRINGS) {
    if (typeof item[key] !== "string" || item[key] === "") throw new RuleError(`${label}: "${key}" must be a non-empty string`);
  }
  for (const key of OPTIONAL_STRINGS) {
    if (item[key] !== void 0 && typeof item[key] !== "string") throw new RuleError(`${label}: "${key}" must be a string`);
  }
  for (const key of STRING_LISTS) {
    const value = item[key];
    if (value === void 0 && (key === "tags" || key === "keywords")) continue;
    if (!Array.isArray(value) || !value.every((v2) => typeof v2 === "string")) {
      throw new RuleError(`${label}: "${key}" must be a list of strings`);
    }
  }
  if (item.entropy !== void 0 && (typeof item.entropy !== "number" || item.entropy < 0 || item.entropy > 8)) {
    throw new RuleError(`${label}: "entropy" must be a number from 0 to 8`);
  }
  if (item.confidence !== void 0 && !CONFIDENCES.includes(item.confidence)) {
    throw new RuleError(`${label}: "confidence" must be one of ${CONFIDENCES.join(", ")}`);
  }
  if (item.checksum !== void 0 && !(item.checksum in checksums)) {
    throw new RuleError(`${label}: "checksum" must be one of ${Object.keys(checksums).join(", ")}`);
  }
  if (item.flags !== void 0 && !/^[ims]*$/.test(item.flags)) {
    throw new RuleError(`${label}: "flags" may hold only i, m and s`);
  }
  return { ...item, keywords: item.keywords ?? [], source };
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var firstLine = (text) => text.split("\n")[0] ?? text;

// src/config/schema-check.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join3 } from "node:path";
import { createRequire as createRequire3 } from "node:module";
var schemaFile = (name) => join3(packageRoot(), "schema", `${name}.schema.json`);
var validators = /* @__PURE__ */ new Map();
function validator(name) {
  let validate = validators.get(name);
  if (!validate) {
    const { Ajv } = createRequire3(import.meta.url)("ajv");
    const ajv = new Ajv({ allErrors: false, verbose: true, allowUnionTypes: true });
    validate = ajv.compile(JSON.parse(readFileSync2(schemaFile(name), "utf8")));
    validators.set(name, validate);
  }
  return validate;
}
function schemaProblem(name, data) {
  const validate = validator(name);
  if (validate(data)) return void 0;
  return describeError(validate.errors[0]);
}
function keyLabel(path) {
  return path.map((key, i) => typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`).join("");
}
function describeError(error) {
  const path = error.instancePath.split("/").slice(1).map(unescapePointer);
  const at3 = path.length ? `"${keyLabel(path)}"` : "the top level";
  const schema = error.parentSchema;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = error.params.additionalProperty;
      const known = Object.keys(schema.properties ?? {}).join(", ");
      return { path: [...path, key], message: `unknown key "${key}"${path.length ? ` in ${at3}` : ""} (known: ${known})` };
    }
    case "required":
      return { path, message: `${at3} needs "${error.params.missingProperty}"` };
    case "anyOf":
      return { path, message: `${at3} needs one of ${alternatives(schema.anyOf ?? [])}` };
    default:
      return { path, message: `${at3} must be ${describe(schema)}` };
  }
}
function describe(schema) {
  if (schema.enum) return `one of ${schema.enum.join(", ")}`;
  if (schema.const !== void 0) return JSON.stringify(schema.const);
  return [schema.type ?? "any"].flat().map((type) => {
    if (type === "array") return schema.items?.type === "string" ? "a list of strings" : "a list";
    if (type === "integer") return schema.minimum === void 0 ? "a whole number" : `a whole number of at least ${schema.minimum}`;
    if (type === "string" && schema.pattern) return `a string matching ${schema.pattern}`;
    if (type === "string") return schema.minLength ? "a non-empty string" : "a string";
    if (type === "object") return "a mapping";
    return `a ${type}`;
  }).join(" or ");
}
var alternatives = (branches) => branches.map((branch) => branch.required?.map((key) => `"${key}"`).join(" and ")).join(", ");
var unescapePointer = (segment) => /^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, "/").replace(/~0/g, "~");

// src/read-data-file.ts
import { readFileSync as readFileSync3 } from "node:fs";
function readWholeFile(file, what) {
  try {
    return readFileSync3(file, "utf8");
  } catch (error) {
    throw new ScanError(`cannot read ${what} ${file}: ${error.code ?? "error"}`, "check the path");
  }
}
function parseJsonText(text, file, what) {
  try {
    return JSON.parse(text);
  } catch {
    throw new ScanError(`${file}: ${what} is not valid JSON`, "check that the file is complete and was not edited by hand");
  }
}

// src/config/yaml-source.ts
function readYamlSource(file, what) {
  const text = readWholeFile(file, what);
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = yamlModule();
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const problem = doc.errors[0];
  if (problem) {
    const line = counter.linePos(problem.pos[0]).line;
    throw new ConfigError(`${file}:${line}: not valid YAML or JSON: ${problem.message.split("\n")[0]}`);
  }
  const lineOf = (path) => {
    for (let n = path.length; n > 0; n--) {
      const parent = doc.getIn(path.slice(0, n - 1), true);
      const key = path[n - 1];
      const node = isMap(parent) ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key : isSeq(parent) && typeof key === "number" ? parent.items[key] : void 0;
      const offset = node?.range?.[0];
      if (offset !== void 0) return counter.linePos(offset).line;
    }
    return void 0;
  };
  return {
    file,
    data: doc.toJS() ?? {},
    locate: (path) => {
      const line = lineOf(path);
      return line === void 0 ? file : `${file}:${line}`;
    }
  };
}

// src/config/read-config-file.ts
function readConfigFile(file) {
  const source = readYamlSource(file, "config");
  const problem = schemaProblem("config", source.data);
  if (problem) throw new ConfigError(`${source.locate(problem.path)}: ${problem.message}`, "see docs/configuration.md");
  const raw = source.data;
  const named = (list, path) => (list ?? []).map((name, i) => ({ name, at: at2(source, [...path, i]) }));
  return {
    extends: [raw.extends ?? []].flat().map((base, i) => existingFile(source, base, ["extends", i])),
    exclude: raw.exclude ?? [],
    maxFileSize: raw.maxFileSize,
    minConfidence: raw.minConfidence,
    enable: named(raw.rules?.enable, ["rules", "enable"]),
    disable: named(raw.rules?.disable, ["rules", "disable"]),
    customRules: (raw.rules?.custom ?? []).map((item, i) => customRule(source, item, ["rules", "custom", i])),
    allow: (raw.allow ?? []).map((entry, i) => {
      const path = ["allow", i];
      if (!entry.paths && !entry.values && !entry.stopwords) {
        throw new ConfigError(`${at2(source, path)} needs "paths", "values" or "stopwords"`, "to turn a rule off, use rules.disable");
      }
      return {
        at: at2(source, path),
        rules: entry.rules && named(entry.rules, [...path, "rules"]),
        paths: entry.paths ?? [],
        values: (entry.values ?? []).map((value, j3) => regex(source, value, [...path, "values", j3])),
        stopwords: (entry.stopwords ?? []).map((word) => word.toLowerCase())
      };
    })
  };
}
var at2 = (source, path) => `${source.locate(path)}: "${keyLabel(path)}"`;
function existingFile(source, path, key) {
  const file = resolve(dirname2(source.file), path);
  if (!existsSync2(file)) throw new ConfigError(`${at2(source, key)}: no such file ${file}`, "paths in extends are relative to the config file");
  return file;
}
function regex(source, pattern, key) {
  try {
    return new RegExp(pattern);
  } catch (error) {
    throw new ConfigError(`${at2(source, key)} is not a valid regular expression: ${error.message}`);
  }
}
function customRule(source, item, key) {
  const where2 = at2(source, key);
  let spec;
  try {
    spec = toRuleSpec(item, where2, source.file);
  } catch (error) {
    if (error instanceof RuleError) throw new ConfigError(error.message, "see docs/rules.md");
    throw error;
  }
  const problems = checkRule(spec);
  if (problems.length) throw new ConfigError(`${where2} (${spec.id}): ${problems.join("; ")}`, "see docs/rules.md");
  return spec;
}

// src/config/load-config.ts
var CONFIG_NAMES = [".leakguard.yaml", ".leakguard.yml", ".leakguard.json"];
var EMPTY = { exclude: [], enable: [], disable: [], customRules: [], allow: [] };
function loadConfig(dirs, explicit) {
  const file = explicit ?? findConfigFile(dirs);
  if (file === void 0) return EMPTY;
  return { ...loadLayered(file, []), file };
}
function findConfigFile(dirs) {
  for (const dir of dirs) {
    for (const name of CONFIG_NAMES) {
      const candidate = join4(dir, name);
      if (existsSync3(candidate)) return candidate;
    }
  }
  return void 0;
}
function loadLayered(file, chain) {
  if (chain.includes(file)) throw new ConfigError(`${chain.at(-1)}: "extends" loops back to ${file}`, "remove one link of the loop");
  const { extends: bases, ...own } = readConfigFile(file);
  return [...bases.map((base) => loadLayered(base, [...chain, file])), own].reduce(merge, EMPTY);
}
function merge(base, over) {
  return {
    exclude: [...base.exclude, ...over.exclude],
    maxFileSize: over.maxFileSize ?? base.maxFileSize,
    minConfidence: over.minConfidence ?? base.minConfidence,
    enable: [...base.enable, ...over.enable],
    disable: [...base.disable, ...over.disable],
    customRules: [...base.customRules, ...over.customRules],
    allow: [...base.allow, ...over.allow]
  };
}
function excludeMatcher(globs) {
  if (globs.length === 0) return () => false;
  const patterns = globs.flatMap((glob) => {
    const bare = glob.replace(/\/+$/, "");
    return [bare, `${bare}/**`];
  });
  return (0, import_picomatch.default)(patterns, { dot: true });
}

// src/config/select-rules.ts
import { basename } from "node:path";

// src/ruleset/load-rules.ts
import { readFileSync as readFileSync5 } from "node:fs";
import { join as join6 } from "node:path";

// src/ruleset/rules-cache.ts
import { createHash as createHash3 } from "node:crypto";
import { existsSync as existsSync4, mkdirSync, readdirSync, readFileSync as readFileSync4, writeFileSync } from "node:fs";
import { dirname as dirname3, join as join5 } from "node:path";
var cacheFile = () => join5(packageRoot(), "dist", "rules.json");
function ruleFileNames(dir) {
  return readdirSync(dir).filter((name) => name.endsWith(".yaml")).sort();
}
function signature(dir) {
  const hash = createHash3("sha1");
  for (const name of ruleFileNames(dir)) hash.update(`${name}\0`).update(readFileSync4(join5(dir, name))).update("\0");
  return hash.digest("hex");
}
function readRulesCache(dir) {
  const file = cacheFile();
  if (!existsSync4(file)) return void 0;
  try {
    const cache = JSON.parse(readFileSync4(file, "utf8"));
    return cache.signature === signature(dir) ? cache.rules : void 0;
  } catch {
    return void 0;
  }
}

// src/ruleset/load-rules.ts
var rulesDir = () => join6(packageRoot(), "rules");
function loadBuiltinRules() {
  return readRulesCache(rulesDir()) ?? parseBuiltinRules();
}
function parseBuiltinRules() {
  const dir = rulesDir();
  const specs = ruleFileNames(dir).flatMap((name) => parseRuleFile(readFileSync5(join6(dir, name), "utf8"), `rules/${name}`));
  assertUniqueIds(specs);
  return specs.sort((a, b3) => a.id.localeCompare(b3.id));
}
function assertUniqueIds(specs) {
  const seen = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    if (seen.has(spec.id)) {
      throw new RuleError(`rule id "${spec.id}" is defined twice (${seen.get(spec.id)} and ${spec.source})`);
    }
    seen.set(spec.id, spec.source);
  }
}

// src/config/select-rules.ts
function selectRules(config, builtins = loadBuiltinRules()) {
  const all = [
    ...builtins.map((spec) => withTags(spec, ["builtin", providerOf(spec)])),
    ...config.customRules.map((spec) => withTags(spec, ["custom"]))
  ];
  assertUniqueIds(all);
  const known = new Set(all.flatMap((spec) => [spec.id, ...spec.tags]));
  for (const named of [...config.enable, ...config.disable, ...config.allow.flatMap((entry) => entry.rules ?? [])]) {
    if (!known.has(named.name)) {
      const hint = "rule ids are in rules/*.yaml; see docs/configuration.md for tags";
      throw new ConfigError(`${named.at}: no rule or tag is named "${named.name}"`, hint);
    }
  }
  const enable = names(config.enable);
  const disable = names(config.disable);
  const floor = CONFIDENCE_RANK[config.minConfidence ?? "low"];
  return all.filter((spec) => isOn(spec, enable, disable) && CONFIDENCE_RANK[spec.confidence ?? "high"] >= floor);
}
function isOn(spec, enable, disable) {
  if (enable.has(spec.id)) return true;
  if (disable.has(spec.id)) return false;
  const tags = spec.tags ?? [];
  return tags.some((tag) => enable.has(tag)) || !tags.some((tag) => disable.has(tag));
}
function ruleIdsNamed(list, rules) {
  const wanted = names(list);
  return new Set(rules.filter((spec) => wanted.has(spec.id) || spec.tags?.some((tag) => wanted.has(tag))).map((spec) => spec.id));
}
var names = (list) => new Set(list.map((named) => named.name));
var withTags = (spec, implicit) => ({ ...spec, tags: [.../* @__PURE__ */ new Set([...spec.tags ?? [], ...implicit])] });
var providerOf = (spec) => basename(spec.source ?? "", ".yaml");

// src/config/scan-context.ts
async function scanContext(root, options) {
  const top = await workTreeTop(root);
  const dirs = top && top !== root ? [root, top] : [root];
  const loaded = loadConfig(dirs, options.configFile && resolve2(options.cwd, options.configFile));
  const config = options.minConfidence ? { ...loaded, minConfidence: options.minConfidence } : loaded;
  return { root, dirs, config, rules: selectRules(config), inlineAllow: options.inlineAllow ?? true, decodeDepth: options.decodeDepth ?? DEFAULT_DECODE.depth, scannedPaths: /* @__PURE__ */ new Set() };
}

// src/hygiene/file-rules.ts
var nameOf = (path) => path.slice(path.lastIndexOf("/") + 1);
var anchored = (path) => `/${path.replace(/[\\*?[]/g, "\\$&")}`;
var common = { confidence: "high", tags: ["file"] };
var FILE_RULES = [
  {
    ...common,
    id: "sensitive-file-env",
    description: "Environment file (.env)",
    why: "A .env file holds what an app reads at start, its API keys and passwords among them. It belongs on one machine; the committed .env.example holds placeholders in its place.",
    rotate: "If the file was ever committed or shared, rotate each secret it holds at its issuer: leakguard scan on it names them, with where to rotate each.",
    names: /^\.env(?:\..+)?$/i,
    // .env.vault is dotenv-vault's encrypted file, made to be committed.
    except: /^\.env\.(?:example|sample|template|vault)$/i,
    ignoreLine: nameOf
  },
  {
    ...common,
    id: "sensitive-file-private-key",
    description: "Private key file (.pem, .key)",
    why: "A private key proves to servers, clients and certificate holders that its owner is you; whoever copies the file can sign, decrypt and log in as you.",
    rotate: "If the key was ever committed or shared, make a new key pair, put its public half wherever the old one was trusted (certificate, authorized_keys, the provider console), then revoke the old certificate or key.",
    names: /\.(?:pem|key)$/i,
    ignoreLine: anchored
  },
  {
    ...common,
    id: "sensitive-file-keystore",
    description: "PKCS #12 keystore (.p12, .pfx)",
    why: "A .p12 or .pfx file bundles a private key with its certificate. Its password is often short or shared, so the file is nearly the key itself.",
    rotate: "If it was ever committed or shared, issue a new certificate and key, revoke the old certificate at its authority, and replace the keystore wherever it is installed.",
    names: /\.(?:p12|pfx)$/i,
    ignoreLine: anchored
  },
  {
    ...common,
    id: "sensitive-file-credentials",
    description: "Credentials file (credentials.json, secrets.json)",
    why: "credentials.json is where OAuth client secrets (Google\u2019s among them) and many tools\u2019 tokens are saved; secrets.json holds user secrets that frameworks keep outside the project on purpose.",
    rotate: "If it was ever committed or shared, reset each secret it holds at its issuer; for a Google OAuth client, reset the client secret at https://console.cloud.google.com/apis/credentials.",
    names: /^(?:credentials|secrets)\.json$/i,
    ignoreLine: anchored
  },
  {
    ...common,
    id: "sensitive-file-service-account",
    description: "Cloud service account key file",
    why: "A service account key signs in as that account with every role it holds, with no password and no second factor, until the key is deleted.",
    rotate: "If it was ever committed or shared, delete the key at https://console.cloud.google.com/iam-admin/serviceaccounts (the account\u2019s Keys tab) and create a new one, or use workload identity federation and no key file at all.",
    names: /service[-_.]?account.*\.json$/i,
    ignoreLine: anchored
  }
];

// src/run-scan.ts
import { availableParallelism as availableParallelism2 } from "node:os";
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
var POOL_THRESHOLD = 4 * 1024 * 1024;
var BATCH_BYTES = 512 * 1024;
var BATCH_FRAGMENTS = 256;
var MAX_IN_FLIGHT = 8;
async function runScan(context, createSource, options = {}) {
  const started = performance.now();
  const { config } = context;
  const ruleset = compileRules(context.rules);
  const source = createSource({
    maxFileSize: options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    isExcluded: excludeMatcher(config.exclude)
  });
  const detectOptions = { ...DEFAULT_DECODE, depth: context.decodeDepth, inlineAllow: context.inlineAllow };
  const findings = [];
  const keep = (found) => {
    for (const finding of found) if (source.isNew?.(finding) ?? true) findings.push(finding);
  };
  const dispatcher = new Dispatcher(ruleset, context.rules, detectOptions, options.workers ?? defaultWorkers());
  try {
    for await (const fragment of source.fragments()) {
      context.scannedPaths.add(fragment.path);
      keep(await dispatcher.detect(fragment));
      for (const found of await dispatcher.settled()) keep(found);
      options.onFragment?.(source.stats, findings.length);
    }
    for (const found of await dispatcher.drain()) keep(found);
  } finally {
    await dispatcher.close();
  }
  for (const skip of source.skips) context.scannedPaths.add(skip.path);
  return {
    context,
    findings,
    skips: source.skips,
    rules: ruleset.rules,
    stats: { ...source.stats, durationMs: Math.round(performance.now() - started) }
  };
}
var defaultWorkers = () => availableParallelism2() > 1 ? availableParallelism2() : 0;
var Dispatcher = class {
  constructor(ruleset, specs, options, workers) {
    this.ruleset = ruleset;
    this.specs = specs;
    this.options = options;
    this.workers = workers;
  }
  ruleset;
  specs;
  options;
  workers;
  bytes = 0;
  pool;
  batch = [];
  batchBytes = 0;
  inFlight = [];
  /** Findings of this fragment now when detected inline; [] when it went to a worker (see settled). */
  async detect(fragment) {
    this.bytes += fragment.text.length;
    if (!this.pool && this.workers > 0 && this.bytes > POOL_THRESHOLD) {
      const { DetectPool: DetectPool2 } = await Promise.resolve().then(() => (init_detect_pool(), detect_pool_exports));
      this.pool = new DetectPool2(this.specs, this.options, this.workers);
    }
    if (!this.pool) return detectWithDecoding(fragment, this.ruleset, this.options);
    this.batch.push(fragment);
    this.batchBytes += fragment.text.length;
    if (this.batchBytes >= BATCH_BYTES || this.batch.length >= BATCH_FRAGMENTS) this.send();
    return [];
  }
  /** Results that must be taken now to keep the number in flight bounded, oldest first. */
  async settled() {
    const done = [];
    while (this.inFlight.length > MAX_IN_FLIGHT) done.push(...await this.inFlight.shift());
    return done;
  }
  async drain() {
    if (this.batch.length) this.send();
    const done = (await Promise.all(this.inFlight)).flat();
    this.inFlight.length = 0;
    return done;
  }
  async close() {
    await this.pool?.close();
  }
  send() {
    this.inFlight.push(this.pool.detect(this.batch));
    this.batch = [];
    this.batchBytes = 0;
  }
};

// src/sources/git-path.ts
var ESCAPES2 = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function readQuoted(text, start) {
  const bytes = [];
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') return { value: Buffer.from(bytes).toString("utf8"), end: i + 1 };
    if (ch === "\\") {
      const octal = /^[0-7]{3}/.exec(text.slice(i + 1, i + 4));
      if (octal) {
        bytes.push(parseInt(octal[0], 8));
        i += 4;
        continue;
      }
      const code = ESCAPES2[text[i + 1] ?? ""];
      if (code === void 0) return void 0;
      bytes.push(code);
      i += 2;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i));
    for (const byte of Buffer.from(char, "utf8")) bytes.push(byte);
    i += char.length;
  }
  return void 0;
}
function headerPath(text) {
  if (text.startsWith('"')) return readQuoted(text, 0)?.value ?? text;
  return text.endsWith("	") ? text.slice(0, -1) : text;
}
function withoutPrefix(path, prefix) {
  if (path === "/dev/null") return void 0;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
function pathOfDiffLine(rest) {
  if (rest.startsWith('"')) {
    const a2 = readQuoted(rest, 0);
    if (!a2 || rest[a2.end] !== " ") return void 0;
    return withoutPrefix(headerPath(rest.slice(a2.end + 1)), "b/");
  }
  const length = (rest.length - "a/ b/".length) / 2;
  if (!Number.isInteger(length) || !rest.startsWith("a/")) return void 0;
  const a = rest.slice(2, 2 + length);
  return rest.slice(2 + length) === ` b/${a}` ? a : void 0;
}

// src/sources/parse-diff.ts
var HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
var DiffParser = class {
  /** `maxBytes`: added content above this many bytes marks the file too large and is dropped. */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
  }
  maxBytes;
  file;
  oldLeft = 0;
  newLeft = 0;
  nextLine = 0;
  /** Feeds one line; returns the previous file's diff when this line starts the next one. */
  push(line) {
    if ((this.oldLeft > 0 || this.newLeft > 0) && this.hunkLine(line)) return void 0;
    if (line.startsWith("diff --git ")) {
      const done = this.end();
      this.file = { headerLine: line.slice("diff --git ".length), path: "", binary: false, tooLarge: false, lines: [], lineNumbers: [], bytes: 0 };
      return done;
    }
    if (this.file) this.headerLine(this.file, line);
    return void 0;
  }
  /** Ends the input, or the current file before a line that is not diff (the next commit); returns that file. */
  end() {
    const file = this.file;
    this.file = void 0;
    this.oldLeft = this.newLeft = 0;
    if (!file) return void 0;
    const { headerLine, plusPath, renamedTo, ...diff } = file;
    diff.path = plusPath ?? renamedTo ?? pathOfDiffLine(headerLine) ?? headerLine;
    return diff;
  }
  headerLine(file, line) {
    const hunk = HUNK_HEADER.exec(line);
    if (hunk) {
      this.oldLeft = Number(hunk[1] ?? 1);
      this.nextLine = Number(hunk[2]);
      this.newLeft = Number(hunk[3] ?? 1);
    } else if (line.startsWith("+++ ")) {
      file.plusPath = withoutPrefix(headerPath(line.slice(4)), "b/");
    } else if (line.startsWith("rename from ")) {
      file.renamedFrom = headerPath(line.slice("rename from ".length));
    } else if (line.startsWith("rename to ")) {
      file.renamedTo = headerPath(line.slice("rename to ".length));
    } else if (line.startsWith("Binary files ") || line === "GIT binary patch") {
      file.binary = true;
    }
  }
  /** One line inside a hunk; false when it cannot be one (a miscounted hunk), so it is read as a header. */
  hunkLine(line) {
    const kind = line[0];
    if (kind === "+") this.added(line.slice(1));
    else if (kind === "-") this.oldLeft--;
    else if (kind === " " || kind === void 0) {
      this.oldLeft--;
      this.newLeft--;
      this.nextLine++;
    } else if (kind !== "\\") {
      this.oldLeft = this.newLeft = 0;
      return false;
    }
    return true;
  }
  added(content) {
    const file = this.file;
    this.newLeft--;
    const lineNumber = this.nextLine++;
    file.bytes += Buffer.byteLength(content, "utf8") + 1;
    if (file.tooLarge) return;
    if (file.bytes > this.maxBytes) {
      file.tooLarge = true;
      file.lines = [];
      file.lineNumbers = [];
      return;
    }
    file.lines.push(content);
    file.lineNumbers.push(lineNumber);
  }
};

// src/sources/read-text.ts
var BINARY_EXTENSIONS = new Set(
  "png jpg jpeg gif bmp ico icns webp tif tiff psd ai heic avif pdf zip gz tgz bz2 xz zst 7z rar jar war ear class so dll dylib exe bin o a lib obj pdb woff woff2 ttf otf eot mp3 mp4 m4a mov avi mkv wav flac ogg webm pyc pyo wasm sqlite sqlite3 db iso dmg img deb rpm apk ipa aab parquet avro pkl pt pth onnx h5 npy npz tflite xls xlsx doc docx ppt pptx odt ods keystore jks der".split(" ")
);
function hasBinaryExtension(path) {
  const dot = path.lastIndexOf(".");
  return dot > path.lastIndexOf("/") && BINARY_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}

// src/sources/diff-source.ts
var MAX_LISTED_SKIPS = 1e3;
function diffSource(lines, options) {
  const stats = { files: 0, lines: 0, bytes: 0, skipped: 0 };
  const skips = [];
  let commit;
  const skip = (file, reason) => {
    stats.skipped++;
    if (skips.length < MAX_LISTED_SKIPS) skips.push({ path: commit ? `${commit.sha.slice(0, 12)}:${file.path}` : file.path, reason });
  };
  function* fragmentOf(file) {
    if (!file) return;
    options.onFile?.(file);
    const addsNothing = file.lines.length === 0 && !file.binary && !file.tooLarge;
    if (addsNothing || options.isExcluded(file.path)) return;
    const reason = skipReason(file, options.maxFileSize);
    if (reason) {
      skip(file, reason);
      return;
    }
    stats.files++;
    stats.lines += file.lines.length;
    stats.bytes += file.bytes;
    yield { path: file.path, text: file.lines.join("\n"), startLine: file.lineNumbers[0], lineMap: file.lineNumbers, commit };
  }
  return {
    stats,
    skips,
    async *fragments() {
      const parser = new DiffParser(options.maxFileSize);
      for await (const batch of lines()) {
        for (const line of batch) {
          const next = options.readCommit?.(line);
          yield* fragmentOf(next ? parser.end() : parser.push(line));
          if (next) commit = next;
        }
      }
      yield* fragmentOf(parser.end());
    }
  };
}
function skipReason(file, maxFileSize) {
  if (file.binary || hasBinaryExtension(file.path)) return "binary";
  if (file.tooLarge) return `larger than ${maxFileSize} bytes`;
  return void 0;
}

// src/sources/git-diff-options.ts
var DIFF_OPTIONS = [
  "-U0",
  "--inter-hunk-context=0",
  "--no-color",
  "--no-ext-diff",
  "--no-textconv",
  "--no-relative",
  "--src-prefix=a/",
  "--dst-prefix=b/",
  "-M",
  "--irreversible-delete",
  "--ignore-submodules=all"
];
var GIT_CONFIG = ["-c", "core.quotePath=false"];

// src/sources/git-stream.ts
import { spawn } from "node:child_process";

// src/sources/split-lines.ts
var NEWLINE = 10;
async function* splitLines(chunks, maxLineBytes) {
  const keep = maxLineBytes + 1;
  let pending = [];
  let pendingBytes = 0;
  const takeLine = (tail) => {
    const room = Math.max(0, keep - pendingBytes);
    const line = pending.length === 0 ? tail.subarray(0, room) : Buffer.concat([...pending, tail.subarray(0, room)]);
    pending = [];
    pendingBytes = 0;
    return line.toString("utf8");
  };
  for await (const chunk of chunks) {
    const batch = [];
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      batch.push(takeLine(chunk.subarray(start, end)));
      start = end + 1;
    }
    if (start < chunk.length && pendingBytes < keep) {
      const rest = chunk.subarray(start, start + keep - pendingBytes);
      pending.push(rest);
      pendingBytes += rest.length;
    }
    if (batch.length) yield batch;
  }
  if (pending.length) yield [takeLine(Buffer.alloc(0))];
}

// src/sources/git-stream.ts
var MAX_STDERR_BYTES = 64 * 1024;
async function* gitLines(cwd, args, maxLineBytes, label) {
  const child = spawn("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
  const stderr = [];
  let stderrBytes = 0;
  child.stderr.on("data", (chunk) => {
    if (stderrBytes >= MAX_STDERR_BYTES) return;
    stderr.push(chunk);
    stderrBytes += chunk.length;
  });
  let spawnError;
  child.on("error", (error) => spawnError = error);
  const closed = new Promise((resolve6) => child.on("close", (code) => resolve6(code)));
  try {
    yield* splitLines(child.stdout, maxLineBytes);
    const code = await closed;
    if (spawnError) throw new GitError(label, spawnError.code === "ENOENT" ? "git is not installed or not on the PATH" : spawnError.message);
    if (code !== 0) throw new GitError(label, firstFatalLine(Buffer.concat(stderr).toString("utf8")));
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}
function firstFatalLine(stderr) {
  return stderr.split("\n").find((line) => /^(fatal|error): /.test(line)) ?? stderr;
}

// src/sources/introduced-secrets.ts
var IntroducedSecrets = class {
  /** path → (rule id and secret hash → sha of the introducing commit) */
  byPath = /* @__PURE__ */ new Map();
  follow(file) {
    if (file.renamedFrom === void 0) return;
    const before = this.byPath.get(file.renamedFrom);
    if (!before) return;
    const after = this.secretsAt(file.path);
    for (const [key, sha] of before) if (!after.has(key)) after.set(key, sha);
  }
  /** True for a secret first seen now; the same secret twice in its introducing commit is reported twice. */
  isNew(finding) {
    const key = `${finding.ruleId}\0${finding.secretHash}`;
    const known = this.secretsAt(finding.file);
    const sha = finding.commit?.sha ?? "";
    const introducedIn = known.get(key);
    if (introducedIn === void 0) known.set(key, sha);
    return (introducedIn ?? sha) === sha;
  }
  secretsAt(path) {
    let secrets = this.byPath.get(path);
    if (!secrets) this.byPath.set(path, secrets = /* @__PURE__ */ new Map());
    return secrets;
  }
};

// src/sources/history.ts
var COMMIT_FORMAT = "--format=%x00%H%x00%an%x00%ae%x00%aI%x00%s";
function revisionsOf(selection) {
  if (selection.branch) return [selection.branch];
  return selection.range?.split(/\s+/).filter(Boolean) ?? [];
}
function historyArgs(revisions, selection) {
  return [
    ...GIT_CONFIG,
    "log",
    "-p",
    ...DIFF_OPTIONS,
    COMMIT_FORMAT,
    "--root",
    "--topo-order",
    "--reverse",
    `--diff-merges=${selection.mergeDiff ?? "first-parent"}`,
    "--encoding=UTF-8",
    "--no-show-signature",
    ...commitArgs(revisions, selection.since),
    "--"
  ];
}
function commitArgs(revisions, since) {
  return [...revisions.length ? [] : ["--all"], ...since ? [`--since=${since}`] : [], "--end-of-options", ...revisions];
}
async function countCommits(cwd, selection) {
  return Number((await git(cwd, ["rev-list", "--count", ...commitArgs(revisionsOf(selection), selection.since), "--"])).trim());
}
function commitOfLine(line) {
  if (line.charCodeAt(0) !== 0) return void 0;
  const [, sha = "", author = "", email = "", date = "", ...subject] = line.split("\0");
  return { sha, author, email, date, message: subject.join(" ") };
}
function historySource(cwd, selection, options) {
  const introduced = new IntroducedSecrets();
  let commits = 0;
  const revisions = revisionsOf(selection);
  const label = ["log", ...revisions.length ? revisions : ["--all"]];
  const source = diffSource(() => gitLines(cwd, historyArgs(revisions, selection), options.maxFileSize, label), {
    ...options,
    readCommit(line) {
      const commit = commitOfLine(line);
      if (commit) commits++;
      return commit;
    },
    onFile: (file) => introduced.follow(file)
  });
  return {
    ...source,
    get stats() {
      return { ...source.stats, commits };
    },
    isNew: (finding) => introduced.isNew(finding)
  };
}

// src/scan-git.ts
async function scanHistory(options) {
  const { progress } = options;
  const { context } = await contextAtTop(options);
  const truncated = await isShallowRepository(options.cwd);
  if (progress) countCommits(options.cwd, options).then((total) => progress.total(total), () => void 0);
  const onFragment = progress && ((stats, findings) => progress.update(stats.commits ?? 0, stats.bytes, findings));
  const result2 = await runScan(context, (sourceOptions) => historySource(options.cwd, options, sourceOptions), { onFragment });
  const everything = !options.branch && !options.range && !options.since;
  if (everything && result2.stats.commits === 0) {
    throw new ScanError("the repository has no commits yet", "commit something first; leakguard staged scans what is staged");
  }
  return { ...result2, stats: { ...result2.stats, truncated }, source: "history" };
}
async function contextAtTop(options) {
  const top = await workTreeTop(options.cwd);
  if (top === void 0) throw new ScanError(`not inside a git work tree: ${options.cwd}`, "run it in a git repository");
  return { top, context: await scanContext(top, options) };
}

// src/suppress/apply-suppressions.ts
import { existsSync as existsSync7 } from "node:fs";
import { dirname as dirname5, join as join10, relative as relative3, resolve as resolve4 } from "node:path";

// src/baseline/baseline-file.ts
import { existsSync as existsSync5, renameSync, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join7 } from "node:path";
var BASELINE_NAME = ".leakguard-baseline.json";
var BASELINE_VERSION = 1;
var FIELD_ORDER = ["ruleId", "file", "fingerprint", "sha256", "sha1", "line", "commit", "importedFrom", "reason"];
var CONFLICT_MARKER = /^(?:<{7}|={7}|>{7})(?: |$)/m;
var REGENERATE = "fix it, or write a new one with leakguard baseline";
function findBaselineFile(dirs) {
  return dirs.map((dir) => join7(dir, BASELINE_NAME)).find((file) => existsSync5(file));
}
function readBaseline(file) {
  const text = readWholeFile(file, "baseline");
  const conflict = CONFLICT_MARKER.exec(text);
  if (conflict) {
    const line = text.slice(0, conflict.index).split("\n").length;
    const hint = "keep the entries of both sides, or rewrite it with leakguard baseline";
    throw new ScanError(`${file}:${line}: baseline has merge-conflict markers`, hint);
  }
  const data = parseJsonText(text, file, "baseline");
  const version2 = data?.version;
  if (typeof version2 === "number" && version2 > BASELINE_VERSION) {
    const message = `${file}: baseline version ${version2} was written by a newer leakguard (this one reads ${BASELINE_VERSION})`;
    throw new ScanError(message, "upgrade leakguard");
  }
  const problem = schemaProblem("baseline", data);
  if (problem) throw new ScanError(`${file}: ${problem.message}`, REGENERATE);
  return data.entries;
}
function serializeBaseline(entries) {
  const ordered = uniqueEntries(entries).map((entry) => {
    const record = {};
    for (const key of FIELD_ORDER) if (entry[key] !== void 0) record[key] = entry[key];
    return record;
  });
  return `${JSON.stringify({ version: BASELINE_VERSION, entries: ordered }, null, 2)}
`;
}
function writeBaseline(file, entries) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync2(temporary, serializeBaseline(entries));
    renameSync(temporary, file);
  } catch (error) {
    const code = error.code ?? "error";
    throw new ScanError(`cannot write baseline ${file}: ${code}`, "check the folder exists and is writable");
  }
}
function entryKey(entry) {
  const { file, ruleId, fingerprint, sha256: sha2562, sha1, line, commit } = entry;
  return [file, ruleId, fingerprint, sha2562, sha1, String(line ?? "").padStart(9, "0"), commit].map((part) => part ?? "").join("\0");
}
function uniqueEntries(entries) {
  const byKey = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const key = entryKey(entry);
    if (!byKey.get(key)?.reason) byKey.set(key, entry);
  }
  return [...byKey.keys()].sort(compareStrings).map((key) => byKey.get(key));
}
var compareStrings = (a, b3) => a < b3 ? -1 : a > b3 ? 1 : 0;

// src/baseline/match-baseline.ts
import { createHash as createHash4 } from "node:crypto";
function matchBaseline(candidates, entries, scope) {
  const isGone = (entry) => !scope.scanned(entry.file) && !scope.exists(entry.file);
  const inPlace = /* @__PURE__ */ new Map();
  const gone = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const identity = identityOf(entry);
    if (isGone(entry)) {
      if (!identity.startsWith("line")) gone.set(identity, [...gone.get(identity) ?? [], entry]);
    } else if (!inPlace.has(`${entry.file}\0${identity}`)) {
      inPlace.set(`${entry.file}\0${identity}`, entry);
    }
  }
  const needSha1 = entries.some((entry) => entry.sha1);
  const renamedTo = /* @__PURE__ */ new Map();
  const knownBy = candidates.map((candidate) => {
    const identities = identitiesOf(candidate, needSha1);
    for (const identity of identities) {
      const entry = inPlace.get(`${candidate.file}\0${identity}`);
      if (entry) return entry;
    }
    for (const identity of identities) {
      const entry = gone.get(identity)?.find((e) => (renamedTo.get(e) ?? candidate.file) === candidate.file);
      if (entry) {
        renamedTo.set(entry, candidate.file);
        return entry;
      }
    }
    return void 0;
  });
  const matched = new Set(knownBy);
  const unmatched = entries.filter((entry) => !matched.has(entry));
  const isStale = (entry) => !entry.commit && (scope.scanned(entry.file) || isGone(entry));
  return { knownBy, stale: unmatched.filter(isStale), unjudged: unmatched.filter((entry) => !isStale(entry)) };
}
function identityOf(entry) {
  if (!entry.importedFrom) return `rule\0${entry.ruleId}\0${entry.sha256}`;
  if (entry.sha256) return `sha256\0${entry.sha256}`;
  if (entry.sha1) return `sha1\0${entry.sha1}`;
  return `line\0${entry.line}`;
}
function identitiesOf(candidate, withSha1) {
  return [
    `rule\0${candidate.ruleId}\0${candidate.secretHash}`,
    `sha256\0${candidate.secretHash}`,
    ...withSha1 ? [`sha1\0${createHash4("sha1").update(candidate.secret).digest("hex")}`] : [],
    `line\0${candidate.line}`
  ];
}

// src/baseline/update-entries.ts
function updateEntries(candidates, match, addNew) {
  const entries = [...match.unjudged];
  const added = /* @__PURE__ */ new Map();
  candidates.forEach((candidate, i) => {
    const knownBy = match.knownBy[i];
    const entry = entryOf(candidate, knownBy?.reason);
    if (knownBy) entries.push(entry);
    else if (addNew) {
      entries.push(entry);
      added.set(entryKey(entry), entry);
    }
  });
  return { entries: uniqueEntries(entries), added: [...added.values()].map(entryRef), pruned: match.stale.map(entryRef) };
}
function entryOf(candidate, reason) {
  const { ruleId, file, secretHash, commit } = candidate;
  return { ruleId, file, fingerprint: fingerprintOf(ruleId, file, secretHash, commit), sha256: secretHash, commit, reason };
}
var entryRef = ({ ruleId, file, fingerprint }) => ({ ruleId, file, ...fingerprint && { fingerprint } });

// src/config/allow-list.ts
function allowListMatcher(entries, rules) {
  const tests = entries.map((entry) => {
    const ruleIds = entry.rules && ruleIdsNamed(entry.rules, rules);
    const inPath = excludeMatcher(entry.paths);
    return (finding) => {
      if (ruleIds && !ruleIds.has(finding.ruleId)) return false;
      if (entry.paths.length && !inPath(finding.file)) return false;
      if (entry.values.length && !entry.values.some((value) => value.test(finding.secret))) return false;
      const lower = entry.stopwords.length ? finding.secret.toLowerCase() : "";
      return entry.stopwords.length === 0 || entry.stopwords.some((word) => lower.includes(word));
    };
  });
  return (finding) => tests.some((test) => test(finding));
}

// src/suppress/ignore-file.ts
import { existsSync as existsSync6, writeFileSync as writeFileSync3 } from "node:fs";
import { join as join8 } from "node:path";
var IGNORE_NAME = ".leakguardignore";
var FINGERPRINT = /^[0-9a-f]{24}$/;
function findIgnoreFile(dirs) {
  return dirs.map((dir) => join8(dir, IGNORE_NAME)).find((file) => existsSync6(file));
}
function readIgnoreFile(file) {
  const fingerprints = /* @__PURE__ */ new Set();
  readWholeFile(file, "ignore file").split(/\r?\n/).forEach((line, index) => {
    const value = line.replace(/#.*/, "").trim();
    if (value === "") return;
    if (!FINGERPRINT.test(value)) {
      throw new ConfigError(`${file}:${index + 1}: expected a fingerprint (24 hex characters, as in a report) and an optional # reason`);
    }
    fingerprints.add(value);
  });
  return fingerprints;
}

// src/suppress/own-files.ts
import { basename as basename2, dirname as dirname4 } from "node:path";

// src/suppress/rebase.ts
import { realpathSync } from "node:fs";
import { join as join9, relative as relative2 } from "node:path";

// src/sources/files.ts
import { relative, resolve as resolve3, sep } from "node:path";
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}

// src/suppress/rebase.ts
function rebase(from, to2) {
  const source = realFolder(from);
  const target = realFolder(to2);
  if (source === target) return (path) => path;
  return (path) => toPosix(relative2(target, join9(source, path)));
}
function realFolder(folder) {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

// src/suppress/own-files.ts
function ownFileMatcher(context, dataFiles) {
  const inFile = (file) => {
    const name = basename2(file);
    const toFile = rebase(context.root, dirname4(file));
    return (finding) => toFile(finding.file) === name;
  };
  const data = dataFiles.filter((file) => file !== void 0).map(inFile);
  const examples = context.config.customRules.map((spec) => {
    const isInConfig = inFile(spec.source);
    const texts = [...spec.examples, ...spec.negativeExamples];
    return (finding) => isInConfig(finding) && texts.some((text) => text.includes(finding.secret));
  });
  return (finding) => data.some((test) => test(finding)) || examples.some((test) => test(finding));
}

// src/suppress/apply-suppressions.ts
function applySuppressions(scanned, options) {
  const { context, ...scan } = scanned;
  const file = baselineFile(context, options);
  const ignoreFile = findIgnoreFile(context.dirs);
  const isOwnNoise = ownFileMatcher(context, [file, ignoreFile]);
  const all = scanned.findings.filter((finding) => !isOwnNoise(finding));
  const isIgnored = ignoreMatcher(context, ignoreFile);
  const findings = all.filter((finding) => !isIgnored(finding));
  const ignored = all.length - findings.length;
  const plain = { ...scan, findings, ...ignored && { ignored } };
  if (file === void 0) return { result: plain };
  const dir = dirname5(file);
  const toBaseline = rebase(context.root, dir);
  const scannedPaths = new Set([...context.scannedPaths].map(toBaseline));
  const candidates = findings.map((finding) => ({ ...finding, file: toBaseline(finding.file), commit: finding.commit?.sha }));
  const entries = [...existsSync7(file) ? readBaseline(file) : [], ...options.imported ?? []];
  const match = matchBaseline(candidates, entries, {
    scanned: (path) => scannedPaths.has(path),
    exists: (path) => existsSync7(join10(dir, path))
  });
  const result2 = {
    ...plain,
    findings: findings.map((finding, i) => ({ ...finding, status: match.knownBy[i] ? "known" : "new" })),
    baseline: { file: relative3(options.cwd, file) || file, stale: match.stale.map(entryRef) }
  };
  if (!options.update) return { result: result2 };
  const update = updateEntries(candidates, match, options.addNew ?? true);
  writeBaseline(file, update.entries);
  return { result: result2, update: { ...update, file, match } };
}
function exitCodeOf(result2) {
  return result2.findings.some((finding) => finding.status !== "known") ? ExitCode.Findings : ExitCode.Clean;
}
function ignoreMatcher(context, file) {
  const allowed = allowListMatcher(context.config.allow, context.rules);
  if (file === void 0) return allowed;
  const fingerprints = readIgnoreFile(file);
  const toIgnoreFile = rebase(context.root, dirname5(file));
  return (finding) => allowed(finding) || fingerprints.has(finding.fingerprint) || fingerprints.has(fingerprintOf(finding.ruleId, toIgnoreFile(finding.file), finding.secretHash, finding.commit?.sha));
}
function baselineFile(context, options) {
  if (options.baselineFile !== void 0) {
    const file = resolve4(options.cwd, options.baselineFile);
    if (!options.update && !existsSync7(file)) {
      throw new ScanError(`baseline ${file} not found`, "write it with leakguard baseline --baseline FILE, or check the path");
    }
    return file;
  }
  return findBaselineFile(context.dirs) ?? (options.update ? join10(context.dirs.at(-1), BASELINE_NAME) : void 0);
}

// src/write-report.ts
import { writeFileSync as writeFileSync4 } from "node:fs";
function writeReport(result2, options) {
  const render = reporters[options.format];
  if (!render) throw new ScanError(`unknown format "${options.format}"`, `use one of: ${Object.keys(reporters).join(", ")}`);
  const color = options.color && !options.output && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  writeOutput(render(result2, { color, showSecrets: options.showSecrets, quiet: options.quiet }), options.output);
}
function writeOutput(report, output) {
  if (output) {
    try {
      writeFileSync4(output, report);
    } catch (error) {
      throw new ScanError(`cannot write ${output}: ${error.code ?? "error"}`);
    }
  } else {
    process.stdout.write(report);
  }
}

// src/action/ensure-commits.ts
var FETCH_DEPTH_HINT = "check out with actions/checkout and fetch-depth: 0";
async function hasCommit(cwd, rev) {
  try {
    await git(cwd, ["rev-parse", "--verify", "--end-of-options", `${rev}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
async function missingOf(cwd, revisions) {
  const present = await Promise.all(revisions.map((revision) => hasCommit(cwd, revision.rev)));
  return revisions.filter((_3, i) => !present[i]);
}
async function fetchFromOrigin(cwd, args, what) {
  try {
    await git(cwd, ["fetch", "--quiet", ...args]);
  } catch (error) {
    const reason = firstFatalLine(error.message.replace(/^git .*? failed: /, "")).replace(/\/\/[^/@\s]*@/g, "//");
    throw new ScanError(`could not fetch ${what} from origin: ${reason}`, FETCH_DEPTH_HINT, { cause: error });
  }
}
async function ensureCommits(cwd, plan, log) {
  if (plan.kind === "nothing") return plan;
  const shallow = await isShallowRepository(cwd);
  if (plan.kind === "history") {
    if (shallow) {
      log("leakguard: the checkout is shallow; fetching the whole history from origin (fetch-depth: 0 saves this step)");
      await fetchFromOrigin(cwd, ["--unshallow", "origin"], "the whole history");
    }
    return plan;
  }
  const revisions = [...plan.tips, ...plan.known];
  const missing = await missingOf(cwd, revisions);
  if (missing.length === 0 && !shallow) return plan;
  const wanted = shallow ? revisions : missing;
  const roles = wanted.map((revision) => revision.role);
  const names2 = roles.length > 1 ? `${roles.slice(0, -1).join(", ")} and ${roles.at(-1)}` : roles[0];
  log(`leakguard: ${shallow ? "the checkout is shallow; fetching the history of" : "fetching"} ${names2} from origin`);
  try {
    await fetchFromOrigin(cwd, ["--no-tags", ...shallow ? ["--unshallow"] : [], "origin", ...wanted.map((r2) => r2.refspec)], names2);
  } catch (error) {
    if (!plan.fallback) throw error;
    log(`leakguard: ${error.message}; scanning instead ${plan.fallback.what}`);
    return ensureCommits(cwd, plan.fallback, log);
  }
  return plan;
}

// src/action/event-plan.ts
var NO_COMMIT = /^0{40}$/;
var short = (sha) => sha.slice(0, 12);
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function bySha(sha, role) {
  if (!SHA.test(sha)) throw new ScanError(`${role} in the event is not a commit sha: "${sha.slice(0, 80)}"`);
  return { rev: sha, refspec: sha, role };
}
function defaultBranch(name) {
  return { rev: `refs/remotes/origin/${name}`, refspec: `+refs/heads/${name}:refs/remotes/origin/${name}`, role: `the default branch ${name}` };
}
function field(event, path) {
  let value = event.payload;
  for (const key of path.split(".")) value = value?.[key];
  if (typeof value === "string" || typeof value === "number") return String(value);
  throw new ScanError(`the ${event.name} event has no ${path}`, "is GITHUB_EVENT_PATH the payload of this event?");
}
function pullRequestPlan(event) {
  const [number, base, head] = ["pull_request.number", "pull_request.base.sha", "pull_request.head.sha"].map((path) => field(event, path));
  return {
    kind: "commits",
    what: `pull request #${number}: the commits from ${short(base)} to ${short(head)}`,
    tips: [bySha(head, "the pull request's head")],
    known: [bySha(base, "the pull request's base")]
  };
}
function newRefPlan(event, after) {
  const ref = field(event, "ref");
  const main = field(event, "repository.default_branch");
  const tip = bySha(after, "the pushed commit");
  if (ref === `refs/heads/${main}`) return { kind: "commits", what: `push creating ${main}: every commit up to ${short(after)}`, tips: [tip], known: [] };
  return { kind: "commits", what: `push creating ${ref}: the commits up to ${short(after)} that ${main} does not have`, tips: [tip], known: [defaultBranch(main)] };
}
function pushPlan(event) {
  const before = field(event, "before");
  const after = field(event, "after");
  if (NO_COMMIT.test(after)) return { kind: "nothing", what: `push deleting ${field(event, "ref")}` };
  if (NO_COMMIT.test(before)) return newRefPlan(event, after);
  const plan = {
    kind: "commits",
    what: `push: the commits from ${short(before)} to ${short(after)}`,
    tips: [bySha(after, "the pushed commit")],
    known: [bySha(before, "the commit the push replaced")]
  };
  return event.payload.forced === true ? { ...plan, fallback: newRefPlan(event, after) } : plan;
}
function planScan(event, selection) {
  const since = selection.since ? `, since ${selection.since}` : "";
  if (selection.range || selection.branch) return { kind: "history", what: `the commits of ${selection.range ?? selection.branch}${since}`, selection };
  const plan = event.name === "pull_request" || event.name === "pull_request_target" ? pullRequestPlan(event) : event.name === "push" ? pushPlan(event) : void 0;
  if (plan) return plan;
  return { kind: "history", what: `${event.name}: every commit of every branch and tag${since}`, selection };
}

// src/action/inputs.ts
import { parseArgs } from "node:util";
var input = (env2, name) => env2[`INPUT_${name.toUpperCase()}`]?.trim() || void 0;
function readBoolean(env2, name, fallback) {
  const value = input(env2, name);
  if (value === void 0) return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new ScanError(`input ${name} must be true or false, not "${value}"`);
}
function splitArguments(text) {
  const words = [];
  let word;
  let quote2;
  for (const ch of text) {
    if (quote2) {
      if (ch === quote2) quote2 = void 0;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote2 = ch;
      word ??= "";
    } else if (/\s/.test(ch)) {
      if (word !== void 0) words.push(word);
      word = void 0;
    } else {
      word = (word ?? "") + ch;
    }
  }
  if (quote2) throw new ScanError(`input args has an unclosed ${quote2}`);
  if (word !== void 0) words.push(word);
  return words;
}
var REFUSED = {
  "--show-secrets": "secrets are never printed in CI logs",
  "--format": "the action writes annotations, a job summary and SARIF itself",
  "--output": "the action writes annotations, a job summary and SARIF itself",
  "--config": "use the config input"
};
function parseExtraArguments(text) {
  const args = splitArguments(text);
  for (const arg of args) {
    const flag = arg.split("=")[0];
    if (REFUSED[flag]) throw new ScanError(`input args: ${flag} is not allowed in the action: ${REFUSED[flag]}`);
  }
  try {
    const { values } = parseArgs({ args, strict: true, allowPositionals: false, options: { range: { type: "string" }, branch: { type: "string" }, since: { type: "string" } } });
    if (values.range && values.branch) throw new ScanError("input args: give --range or --branch, not both");
    return values;
  } catch (error) {
    if (error instanceof ScanError) throw error;
    throw new ScanError(`input args: ${error.message}`, "the action takes --range, --branch and --since");
  }
}
function readInputs(env2) {
  return {
    config: input(env2, "config"),
    baseline: input(env2, "baseline"),
    failOnFindings: readBoolean(env2, "fail-on-findings", true),
    selection: parseExtraArguments(input(env2, "args") ?? "")
  };
}

// src/action/runner-files.ts
import { appendFileSync, readFileSync as readFileSync6 } from "node:fs";
function readEvent(env2) {
  const name = env2.GITHUB_EVENT_NAME;
  const path = env2.GITHUB_EVENT_PATH;
  if (!name || !path) throw new ScanError("GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set", "the action runs in a GitHub Actions workflow");
  let payload;
  try {
    payload = JSON.parse(readFileSync6(path, "utf8"));
  } catch (error) {
    throw new ScanError(`cannot read the event payload ${path}: ${error.code ?? error.message}`);
  }
  if (typeof payload !== "object" || payload === null) throw new ScanError(`the event payload ${path} is not a JSON object`);
  return { name, payload };
}
function appendToRunnerFile(env2, variable, text) {
  const path = env2[variable];
  if (!path) return;
  try {
    appendFileSync(path, text);
  } catch (error) {
    throw new ScanError(`cannot write ${variable} (${path}): ${error.code ?? "error"}`);
  }
}
function setOutputs(env2, outputs) {
  appendToRunnerFile(env2, "GITHUB_OUTPUT", Object.entries(outputs).map(([name, value]) => `${name}=${value}
`).join(""));
}
function appendSummary(env2, markdown) {
  appendToRunnerFile(env2, "GITHUB_STEP_SUMMARY", markdown.endsWith("\n") ? markdown : `${markdown}
`);
}

// src/action/run-action.ts
var REDACTED = { color: false, showSecrets: false };
function selectionOf(plan, since) {
  if (plan.kind === "history") return plan.selection;
  const range = [...plan.tips.map((r2) => r2.rev), ...plan.known.map((r2) => `^${r2.rev}`)].join(" ");
  return { range, since, mergeDiff: "remerge" };
}
async function runAction(env2, cwd) {
  const log = (line) => process.stdout.write(`${line}
`);
  const inputs = readInputs(env2);
  const event = readEvent(env2);
  if (await workTreeTop(cwd) === void 0) throw new ScanError(`no git work tree at ${cwd}`, "run actions/checkout with fetch-depth: 0 before leakguard");
  const plan = await ensureCommits(cwd, planScan(event, inputs.selection), log);
  if (plan.kind === "nothing") {
    log(`leakguard: nothing to scan: ${plan.what}`);
    appendSummary(env2, `## leakguard

Nothing to scan: ${plan.what}.
`);
    setOutputs(env2, { findings: 0 });
    return ExitCode.Clean;
  }
  log(`leakguard: scanning ${plan.what}`);
  const scanned = await scanHistory({ cwd, configFile: inputs.config, ...selectionOf(plan, inputs.selection.since) });
  const { result: result2 } = applySuppressions(scanned, { cwd, baselineFile: inputs.baseline });
  writeReport(result2, { ...REDACTED, format: "github" });
  const sarifFile = resolve5(cwd, env2.RUNNER_TEMP || ".", "leakguard.sarif");
  writeReport(result2, { ...REDACTED, format: "sarif", output: sarifFile });
  appendSummary(env2, `${reporters.markdown(result2, REDACTED)}
Scope: ${plan.what}.
`);
  setOutputs(env2, { findings: result2.findings.filter((finding) => finding.status !== "known").length, "sarif-file": sarifFile });
  if (exitCodeOf(result2) === ExitCode.Clean) return ExitCode.Clean;
  if (inputs.failOnFindings) return ExitCode.Findings;
  log("leakguard: fail-on-findings is false, so the step passes with the findings above");
  return ExitCode.Clean;
}

// src/action/main.ts
process.env.GIT_TERMINAL_PROMPT = "0";
try {
  process.exitCode = await runAction(process.env, process.cwd());
} catch (error) {
  const line = reportFailure(error, process.env.RUNNER_DEBUG === "1");
  process.stdout.write(`::error title=leakguard::${escapeData(line)}
`);
}
