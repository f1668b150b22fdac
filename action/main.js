import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
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
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field2, index] of path) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field2 = path[path.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
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
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
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
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
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
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
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
    var parse2 = (input2, options) => {
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
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
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
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
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
        let output = input2.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
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
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
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
            for (const t of toks) {
              state.output += t.output || t.value;
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
    parse2.fastpaths = (input2, options) => {
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
      } = constants3.globChars(opts.windows);
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
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
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
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
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
        parsed.output = parse2.fastpaths(input2, options);
      }
      if (!parsed.output) {
        parsed = parse2(input2, options);
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
    picomatch2.constants = constants3;
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

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/engine/detect-pool.ts
var detect_pool_exports = {};
__export(detect_pool_exports, {
  DetectPool: () => DetectPool
});
import { availableParallelism } from "node:os";
var DetectPool;
var init_detect_pool = __esm({
  "src/engine/detect-pool.ts"() {
    "use strict";
    DetectPool = class {
      workers = [];
      nextId = 0;
      constructor(specs, decode, size = Math.max(1, availableParallelism())) {
        const { Worker } = process.getBuiltinModule("node:worker_threads");
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
        const target = this.workers.reduce((least, w) => w.jobs.size < least.jobs.size ? w : least);
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
var DENSE_LINE = 50;
var SHRINK_ROOM = 1024;
function redactedLine(finding, showSecrets, findings = []) {
  const shown = shownSecret(finding, showSecrets);
  const group = findingsByLine(findings).get(lineKey(finding)) ?? [];
  const sameLine = group.includes(finding) ? group : [...group, finding];
  if (sameLine.length > DENSE_LINE || sameLine.some((f) => f.lineText === "")) return { text: shown, start: 0, end: shown.length };
  const line = finding.lineText;
  const own = { ...spanOf(finding), finding };
  const from = Math.max(0, own.start - CONTEXT - SHRINK_ROOM);
  const to = Math.min(line.length, own.end + CONTEXT + SHRINK_ROOM);
  const spans = [own];
  const add = (span) => {
    if (span.end <= own.start || span.start >= own.end) spans.push(span);
  };
  const part = line.slice(from, to);
  for (const f of sameLine) {
    if (f !== finding) add({ ...spanOf(f), finding: f });
    for (let at3 = part.indexOf(f.secret); at3 !== -1; at3 = part.indexOf(f.secret, at3 + 1)) add({ start: from + at3, end: from + at3 + f.secret.length, finding: f });
  }
  spans.sort((a, b) => a.start - b.start);
  let text = "";
  let start = 0;
  let at2 = from;
  for (const span of spans) {
    if (span.start >= to) break;
    if (span.end <= at2) continue;
    if (span.start >= at2) {
      text += line.slice(at2, span.start);
      if (span === own) start = text.length;
      text += shownSecret(span.finding, showSecrets);
    }
    at2 = Math.min(span.end, to);
  }
  text += line.slice(at2, to);
  const end = start + shown.length;
  const head = start > CONTEXT || from > 0 ? "\u2026" : "";
  const tail = end + CONTEXT < text.length || to < line.length ? "\u2026" : "";
  const window = text.slice(Math.max(0, start - CONTEXT), end + CONTEXT);
  const spanStart = head.length + Math.min(start, CONTEXT);
  return { text: `${head}${window}${tail}`, start: spanStart, end: spanStart + shown.length };
}
var spanOf = (f) => ({ start: f.column - 1, end: f.endLine === f.line ? f.endColumn - 1 : f.lineText.length });
var lineKey = (f) => `${f.commit?.sha ?? ""}\0${f.file}\0${f.line}`;
var byLine = /* @__PURE__ */ new WeakMap();
function findingsByLine(findings) {
  let groups = byLine.get(findings);
  if (!groups) {
    groups = /* @__PURE__ */ new Map();
    for (const f of findings) {
      const key = lineKey(f);
      const group = groups.get(key);
      if (group) group.push(f);
      else groups.set(key, [f]);
    }
    byLine.set(findings, groups);
  }
  return groups;
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
function markedLine(finding, c, showSecrets, all) {
  const line = redactedLine(finding, showSecrets, all);
  const text = printable(line.text).trimEnd();
  const indent = text.length - text.trimStart().length;
  const [before, span, after] = [text.slice(indent, line.start), text.slice(line.start, line.end), text.slice(line.end)];
  const width = (part) => [...part].length;
  return [`${before}${c.red.bold(span)}${after}`, `${" ".repeat(width(before))}${c.red("^".repeat(Math.max(1, width(span))))}`];
}
function findingBlock(finding, c, showSecrets, all) {
  const notes = [finding.verified && c.green(" (checksum verified)"), finding.decoded && c.dim(` (decoded: ${finding.decoded})`)].filter(Boolean).join("");
  const { commit } = finding;
  const details = [
    ...commit ? [c.dim(printable(`commit ${commit.sha.slice(0, 12)} by ${commit.author} <${commit.email}> on ${commit.date}: ${commit.message}`))] : [],
    // A finding about a whole file has no line to show; its fix says what to do.
    ...finding.fix ? [`fix: ${finding.fix}`] : markedLine(finding, c, showSecrets, all),
    ...finding.rotate ? [c.dim(`rotate: ${finding.rotate}`)] : []
  ];
  return [`  ${c.bold(`${finding.line}:${finding.column}`)}  ${c.yellow(finding.ruleId)}  ${finding.description}${notes}`, ...details.map((line) => `      ${line}`)].join("\n");
}
function byFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) groups.set(finding.file, [...groups.get(finding.file) ?? [], finding]);
  return groups;
}
var renderText = (result2, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const fresh = result2.findings.filter((finding) => finding.status !== "known");
  const groups = [...byFile(fresh)].map(
    ([file, findings]) => [c.bold.underline(printable(file)), ...findings.map((finding) => findingBlock(finding, c, options.showSecrets, result2.findings))].join("\n")
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
  const lines = result2.findings.filter((f) => f.status !== "known").map((f) => {
    const properties = [
      `file=${escapeProperty(f.file)}`,
      `line=${f.line}`,
      `col=${f.column}`,
      `endLine=${f.endLine}`,
      `endColumn=${f.endColumn}`,
      `title=${escapeProperty(`leakguard: ${f.ruleId}`)}`
    ].join(",");
    const message = `${f.description} (${shownSecret(f, options.showSecrets)}). ${f.rotate ? `Rotate: ${f.rotate}` : "Rotate it."} Not a secret? Add leakguard:allow on the line or baseline it.`;
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
    const p = count2 / length;
    entropy -= p * Math.log2(p);
    counts[code] = 0;
  }
  return entropy;
}

// src/engine/value-shape.ts
var MEMBER_EXPRESSION = /^[A-Za-z_$][\w$]*(?:(?:[?!]?\.|::|->)[A-Za-z_$][\w$]*)+(?:[?!]|\??\.)?$/;
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
  return place.lineText.length - place.secret.length <= MINIFIED_LINE || ENV_STYLE_NAME.test(name);
}
function assignedName(text, matchStart) {
  let start = matchStart;
  while (start > 0 && start > matchStart - 80 && NAME_CHAR.test(text[start - 1])) start--;
  let end = matchStart;
  while (end < text.length && end < matchStart + 80 && NAME_CHAR.test(text[end])) end++;
  return text.slice(start, end).replace(/^[.-]+|[.-]+$/g, "");
}

// src/engine/fingerprint.ts
var sha256 = (text) => process.getBuiltinModule("node:crypto").createHash("sha256").update(text).digest("hex");
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
  const at2 = line.indexOf(OWN_MARKER);
  if (at2 === -1) return false;
  const scope = allowedRules(line.slice(at2 + OWN_MARKER.length), isRuleId);
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
    let end = next === void 0 ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }
};

// src/engine/match.ts
function findMatches(rule, text, keywordEnds) {
  const matches = [];
  const reach = rule.reach ?? Infinity;
  if (keywordEnds === void 0 || keywordEnds.length === 0 || reach === Infinity) {
    matchIn(rule.regex, text, 0, 0, text.length, 0, matches);
    return matches;
  }
  for (let k = 0; k < keywordEnds.length; ) {
    const firstTry = Math.max(0, keywordEnds[k] + 1 - reach);
    let end = Math.min(text.length, keywordEnds[k] + 1 + reach);
    for (k++; k < keywordEnds.length && keywordEnds[k] + 1 - reach <= end; k++) end = Math.min(text.length, keywordEnds[k] + 1 + reach);
    matchIn(rule.regex, text, Math.max(0, firstTry - reach), firstTry, end, reach, matches);
  }
  return matches;
}
function matchIn(regex2, text, start, firstTry, end, reach, matches) {
  const window = start === 0 && end === text.length ? text : text.slice(start, end);
  const lastStart = end === text.length ? window.length : window.length - reach;
  regex2.lastIndex = firstTry - start;
  for (let m = regex2.exec(window); m !== null; m = regex2.exec(window)) {
    if (m[0].length === 0) regex2.lastIndex++;
    if (m.index > lastStart) continue;
    const span = m.indices?.groups?.secret ?? m.indices?.[1];
    const secret = m.groups?.secret ?? m[1];
    if (span === void 0 || secret === void 0 || secret.length === 0) continue;
    matches.push({ secret, start: span[0] + start, end: span[1] + start, matchStart: m.index + start });
  }
}

// src/engine/overlaps.ts
function dropOverlaps(findings, ruleset2) {
  if (findings.length < 2) return findings;
  const ordered = [...findings].sort(
    (a, b) => ruleset2.rank(b.ruleId) - ruleset2.rank(a.ruleId) || Number(b.decoded !== void 0) - Number(a.decoded !== void 0) || spanLength(b) - spanLength(a) || a.ruleId.localeCompare(b.ruleId)
  );
  const kept = [];
  for (const finding of ordered) {
    const last = lastStartingBefore(kept, finding.endLine, finding.endColumn);
    const previous = kept[last];
    if (previous && !atOrBefore(previous.endLine, previous.endColumn, finding.line, finding.column)) continue;
    kept.splice(last + 1, 0, finding);
  }
  return kept;
}
var spanLength = (f) => f.secret.length;
var atOrBefore = (l1, c1, l2, c2) => l1 < l2 || l1 === l2 && c1 <= c2;
function lastStartingBefore(sorted, line, column) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = low + high >> 1;
    const f = sorted[mid];
    if (atOrBefore(line, column, f.line, f.column)) high = mid;
    else low = mid + 1;
  }
  return low - 1;
}

// src/engine/placeholders.ts
var TEMPLATE = /\$\{|\{\{|\}\}|\$\(|<[^<>\s]{0,40}>|%[A-Za-z_][A-Za-z0-9_]*%|^\$[A-Za-z_][A-Za-z0-9_]*$|^\{[A-Za-z_][A-Za-z0-9_]*\}$|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
var REFERENCE = /process\.env|import\.meta\.env|os\.environ|getenv\(|System\.getenv|ENV\[|Deno\.env|secrets\.[A-Za-z_]|^env:|^vault:|^ssm:|^op:\/\/|^arn:aws:(?:secretsmanager|ssm)/i;
var ELIDED = /\.\.\.|\u2026|\*\*\*|xxxxx|XXXXX|\u2022/;
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
var MAX_FINDINGS_PER_RULE = 1e3;
function detect(fragment, ruleset2, options = {}) {
  const { text } = fragment;
  const { hit, keywordEnds } = ruleset2.candidates(text);
  const findings = [];
  let lines;
  let allowedBy;
  let capped = false;
  for (let r = 0; r < ruleset2.rules.length; r++) {
    if (hit[r] === 0) continue;
    const rule = ruleset2.rules[r];
    let reported = 0;
    for (const match of findMatches(rule, text, (rule.reach ?? Infinity) < Infinity ? keywordEnds.of(r) : void 0)) {
      if (reported === MAX_FINDINGS_PER_RULE) {
        capped = true;
        break;
      }
      const entropy = shannonEntropy(match.secret);
      if (entropy < rule.entropy) continue;
      if (rule.checksum && !rule.checksum(match.secret)) continue;
      lines ??= new LineIndex(text);
      const startLine = lines.lineOf(match.start);
      const lineText = lines.lineText(startLine);
      if (rule.confidence !== "high" && !isLikelyContextSecret({ text, matchStart: match.matchStart, secret: match.secret, lineText })) continue;
      if (isPlaceholder(match.secret)) continue;
      const endLine = lines.lineOf(match.end);
      allowedBy ??= allowComments(fragment, lines, ruleset2);
      if (options.inlineAllow !== false && allowedBy(startLine, rule.id)) continue;
      reported++;
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
  if (capped) hideLines(findings);
  return dropOverlaps(findings, ruleset2);
}
function hideLines(findings) {
  for (const finding of findings) finding.lineText = "";
}
function allowComments(fragment, lines, ruleset2) {
  const answers = /* @__PURE__ */ new Map();
  return (textLine, ruleId) => {
    const key = `${textLine}\0${ruleId}`;
    let allowed = answers.get(key);
    if (allowed === void 0) {
      allowed = isAllowedInline(lines.lineText(textLine), lineBefore(fragment, lines, textLine), ruleId, ruleset2.has);
      answers.set(key, allowed);
    }
    return allowed;
  };
}
function fileLine(fragment, textLine) {
  return fragment.lineMap?.[textLine] ?? fragment.startLine + textLine;
}
function lineBefore(fragment, lines, textLine) {
  if (textLine === 0 || fileLine(fragment, textLine - 1) !== fileLine(fragment, textLine) - 1) return void 0;
  return lines.lineText(textLine - 1);
}

// src/engine/ascii-codes.ts
var SHARED_MAX = 4 * 1024 * 1024;
var shared = Buffer.allocUnsafeSlow(64 * 1024);
function asciiCodes(text) {
  const length = text.length;
  let buffer = shared;
  if (length > buffer.length) {
    buffer = Buffer.allocUnsafeSlow(Math.max(length, Math.min(SHARED_MAX, buffer.length * 2)));
    if (buffer.length <= SHARED_MAX) shared = buffer;
  }
  if (Buffer.byteLength(text, "utf8") === length) {
    buffer.write(text, 0, length, "latin1");
  } else {
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      buffer[i] = code < 128 ? code : 128;
    }
  }
  return buffer.subarray(0, length);
}

// src/engine/checksums.ts
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
    return toBase62(process.getBuiltinModule("node:zlib").crc32(body), 6) === secret.slice(-6);
  }
};

// src/engine/keyword-ends.ts
var KeywordEnds = class {
  /** Per owner, the entry of its last recorded end, or -1. */
  last;
  position = new Int32Array(1024);
  /** Per entry, the owner's entry before it, or -1. */
  before = new Int32Array(1024);
  count = 0;
  constructor(owners) {
    this.last = new Int32Array(owners).fill(-1);
  }
  reset() {
    this.last.fill(-1);
    this.count = 0;
  }
  /** Records a keyword of `owner` ending at `index`; ends come in ascending order, once per index and owner. */
  add(owner, index) {
    const previous = this.last[owner];
    if (previous !== -1 && this.position[previous] === index) return;
    if (this.count === this.position.length) {
      this.position = grown(this.position);
      this.before = grown(this.before);
    }
    this.position[this.count] = index;
    this.before[this.count] = previous;
    this.last[owner] = this.count++;
  }
  /** The ends recorded for `owner`, ascending. */
  of(owner) {
    const ends = [];
    for (let entry = this.last[owner]; entry !== -1; entry = this.before[entry]) ends.push(this.position[entry]);
    return ends.reverse();
  }
};
function grown(array) {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

// src/engine/keyword-matcher.ts
var KeywordMatcher = class {
  classes = new Uint8Array(128);
  width;
  /**
   * The automaton's transitions, as the offset of the next state's row (state * width) so that the hot loop
   * multiplies nothing; bitwise negated where a keyword ends in that state, so that it tests one sign.
   */
  next;
  /** Owners (rule indices) of the keywords that end in each state, following failure links. */
  outputs;
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
    const children = [[]];
    const own = [[]];
    keywords.forEach((list, owner) => {
      for (const keyword of list) {
        let state = 0;
        for (const ch of keyword) {
          const c = this.classes[ch.charCodeAt(0)];
          const edges = children[state];
          let child = -1;
          for (let e = 0; e < edges.length; e += 2) if (edges[e] === c) child = edges[e + 1];
          if (child === -1) {
            child = own.length;
            edges.push(c, child);
            children.push([]);
            own.push([]);
          }
          state = child;
        }
        own[state].push(owner);
      }
    });
    const states = own.length;
    const fail = new Int32Array(states);
    const accepting = new Uint8Array(states);
    const outputs = own.map((owners) => owners.length > 1 ? [...new Set(owners)] : owners);
    const next = new Int32Array(states * width);
    const encode = (state) => accepting[state] ? ~(state * width) : state * width;
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      const row = state * width;
      if (state !== 0) next.copyWithin(row, fail[state] * width, fail[state] * width + width);
      const edges = children[state];
      for (let e = 0; e < edges.length; e += 2) {
        const c = edges[e];
        const child = edges[e + 1];
        const target = state === 0 ? 0 : next[row + c];
        fail[child] = target < 0 ? ~target / width : target / width;
        accepting[child] = own[child].length > 0 || accepting[fail[child]] ? 1 : 0;
        const inherited = outputs[fail[child]];
        if (inherited.length) outputs[child] = [.../* @__PURE__ */ new Set([...outputs[child], ...inherited])];
        next[row + c] = encode(child);
        queue.push(child);
      }
    }
    this.next = next;
    this.outputs = outputs;
  }
  /**
   * Marks in `hit` every owner with a keyword in the text of these `asciiCodes`; returns how many were newly
   * marked. With `ends`, also records, by owner, the index of each keyword's last character.
   */
  scan(codes, hit, ends) {
    const { next, outputs, classes, width } = this;
    let row = 0;
    let marked = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i];
      row = next[row + (code < 128 ? classes[code] : 0)];
      if (row >= 0) continue;
      row = ~row;
      for (const owner of outputs[row / width]) {
        if (hit[owner] === 0) {
          hit[owner] = 1;
          marked++;
        }
        ends?.add(owner, i);
      }
    }
    return marked;
  }
};

// src/ruleset/pattern-shape.ts
function patternShape(source, keywords) {
  const parser = new ShapeParser(source, keywords.map((keyword) => keyword.toLowerCase()));
  const shape = parser.disjunction();
  if (parser.at < source.length) throw new Error(`unbalanced ")" at ${parser.at}`);
  return { maxLength: shape.max, keywordInMatch: shape.holds };
}
var EMPTY = { max: 0, holds: false, texts: [""] };
var ONE_CHARACTER = { max: 1, holds: false };
var QUANTIFIER = /^\{(\d+)(?:(,)(\d*))?\}/;
var MAX_TEXTS = 256;
var product = (a, b) => a.length * b.length > MAX_TEXTS ? void 0 : [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
var union = (lists) => {
  if (lists.some((list) => list === void 0)) return void 0;
  const all = [...new Set(lists.flat())];
  return all.length > MAX_TEXTS ? void 0 : all;
};
var ShapeParser = class {
  constructor(source, keywords) {
    this.source = source;
    this.keywords = keywords;
  }
  source;
  keywords;
  at = 0;
  /** Alternatives separated by `|`. */
  disjunction() {
    const alternatives2 = [this.alternative()];
    while (this.source[this.at] === "|") {
      this.at++;
      alternatives2.push(this.alternative());
    }
    if (alternatives2.length === 1) return alternatives2[0];
    return {
      max: Math.max(...alternatives2.map((piece) => piece.max)),
      holds: alternatives2.every((piece) => piece.holds),
      texts: union(alternatives2.map((piece) => piece.texts))
    };
  }
  /**
   * Pieces up to a `|` or `)`, in sequence: a keyword may be spelled across several in a row, so each run of
   * pieces with few texts is read as the texts it can match, and holds a keyword if every one of them does.
   */
  alternative() {
    let max = 0;
    let holds = false;
    let run = [""];
    let texts = [""];
    const endRun = () => {
      holds ||= run.every((text) => this.keywords.some((keyword) => text.includes(keyword)));
      run = [""];
    };
    while (this.at < this.source.length && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      const piece = this.term();
      max += piece.max;
      holds ||= piece.holds;
      texts = texts && piece.texts && product(texts, piece.texts);
      const longer = piece.texts && product(run, piece.texts);
      if (longer) {
        run = longer;
      } else {
        endRun();
        if (piece.texts) run = piece.texts;
      }
    }
    endRun();
    return { max, holds, texts };
  }
  term() {
    const ch = this.source[this.at];
    if (ch === "^" || ch === "$") {
      this.at++;
      return { max: 0, holds: false };
    }
    return this.quantified(this.atom());
  }
  atom() {
    const ch = this.source[this.at];
    if (ch === "(") return this.group();
    if (ch === "[") return this.characterClass();
    if (ch === "\\") return this.escape();
    this.at++;
    return ch === "." ? ONE_CHARACTER : { max: 1, holds: false, texts: [ch.toLowerCase()] };
  }
  group() {
    this.at++;
    let lookaround = false;
    if (this.source[this.at] === "?") {
      this.at++;
      const kind = this.source[this.at];
      if (kind === "<" && this.source[this.at + 1] !== "=" && this.source[this.at + 1] !== "!") {
        this.at = this.source.indexOf(">", this.at) + 1;
      } else {
        lookaround = kind !== ":";
        this.at += kind === "<" ? 2 : 1;
      }
    }
    const inner = this.disjunction();
    if (this.source[this.at] !== ")") throw new Error("unclosed group");
    this.at++;
    return lookaround ? { max: inner.max, holds: false } : inner;
  }
  /** `[...]`: one code unit; its texts when it lists a few plain characters (`[_-]`), no range or negation. */
  characterClass() {
    const from = ++this.at;
    while (this.at < this.source.length && this.source[this.at] !== "]") this.at += this.source[this.at] === "\\" ? 2 : 1;
    if (this.at >= this.source.length) throw new Error("unclosed character class");
    const body = this.source.slice(from, this.at++);
    const plain = /^(?:[^\\^\]-]|\\[^A-Za-z0-9]|-$)*$/.test(body) && body.length > 0 && body.length <= 16;
    if (!plain) return ONE_CHARACTER;
    const characters = body.replace(/\\(.)/g, "$1").toLowerCase();
    return { max: 1, holds: false, texts: [...new Set(characters)] };
  }
  escape() {
    const next = this.source[this.at + 1] ?? "";
    this.at += 2;
    if (next === "b" || next === "B") return { max: 0, holds: false };
    if (next >= "1" && next <= "9" || next === "k" && this.source[this.at] === "<") return { max: Infinity, holds: false };
    if (next === "x") this.at += 2;
    else if (next === "u") this.at += 4;
    else if (next === "c") this.at += 1;
    return /^[A-Za-z0-9]$/.test(next) ? ONE_CHARACTER : { max: 1, holds: false, texts: [next] };
  }
  /** A piece repeated: its length times the most repetitions; it holds a keyword only if it cannot be skipped. */
  quantified(piece) {
    const ch = this.source[this.at];
    let least;
    let most;
    if (ch === "*" || ch === "+") {
      [least, most] = [ch === "*" ? 0 : 1, Infinity];
      this.at++;
    } else if (ch === "?") {
      [least, most] = [0, 1];
      this.at++;
    } else if (ch === "{" && QUANTIFIER.test(this.source.slice(this.at))) {
      const [text, low, comma, high] = QUANTIFIER.exec(this.source.slice(this.at));
      [least, most] = [Number(low), comma === void 0 ? Number(low) : high ? Number(high) : Infinity];
      this.at += text.length;
    } else {
      return piece;
    }
    if (this.source[this.at] === "?") this.at++;
    const max = piece.max === 0 ? 0 : piece.max * most;
    if (least === 0 && piece.max === 0) return EMPTY;
    let texts;
    if (piece.texts && most <= 4) {
      let power = least === 0 ? [""] : void 0;
      let repeated = [""];
      for (let count2 = 1; count2 <= most && repeated; count2++) {
        repeated = product(repeated, piece.texts);
        if (count2 >= least) power = union([power ?? [], repeated]);
      }
      texts = repeated && power;
    }
    return { max, holds: least > 0 && piece.holds, texts };
  }
};

// src/ruleset/regex-safety.ts
import { createRequire } from "node:module";
var recheck;
function backtrackingProblem(pattern, flags = "") {
  process.env.RECHECK_SYNC_BACKEND = "pure";
  try {
    recheck ??= createRequire(import.meta.url)("recheck");
  } catch {
    return "pattern cannot be checked for catastrophic backtracking here: the checker (the recheck package) is not installed";
  }
  let diagnostics;
  try {
    diagnostics = recheck.checkSync(pattern, flags, { checker: "automaton", timeout: 1e4 });
  } catch {
    return "pattern could not be proven safe from catastrophic backtracking (the checker cannot read it)";
  }
  if (diagnostics.status === "safe") return void 0;
  if (diagnostics.status === "vulnerable") {
    const attack = diagnostics.attack.pattern;
    return `pattern is open to ${diagnostics.complexity.type} backtracking (for example on ${attack.length > 60 ? `${attack.slice(0, 57)}...` : attack})`;
  }
  return `pattern could not be proven safe from catastrophic backtracking (${diagnostics.error.kind})`;
}
function compileRegex(pattern, flags = "", { now = true } = {}) {
  try {
    const regex2 = new RegExp(pattern, flags);
    if (now) {
      regex2.test("");
      regex2.lastIndex = 0;
    }
    return regex2;
  } catch (error) {
    throw new SyntaxError(error.message.replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, ""));
  }
}

// src/ruleset/compile.ts
var CONFIDENCE_RANK = { high: 3, medium: 2, low: 1 };
function compileRule(spec) {
  let regex2;
  try {
    regex2 = compileRegex(spec.pattern, `gd${spec.flags ?? ""}`, { now: false });
  } catch (error) {
    throw new RuleError(`rule ${spec.id}${where(spec)}: pattern does not compile: ${error.message}`);
  }
  let reach;
  return {
    id: spec.id,
    description: spec.description,
    keywords: spec.keywords.map((k) => k.toLowerCase()),
    regex: regex2,
    entropy: spec.entropy ?? 0,
    confidence: spec.confidence ?? "high",
    checksum: spec.checksum === void 0 ? void 0 : checksums[spec.checksum],
    rotate: spec.rotate,
    tags: spec.tags ?? [],
    // Worked out when the rule first has a keyword in a text: most rules never do in a hook's commit.
    get reach() {
      reach ??= reachOf(spec.pattern, spec.keywords);
      return reach;
    }
  };
}
function reachOf(pattern, keywords) {
  try {
    const shape = patternShape(pattern, keywords);
    return shape.keywordInMatch ? shape.maxLength : Infinity;
  } catch {
    return Infinity;
  }
}
function compileRules(specs) {
  const rules = specs.map(compileRule);
  const matcher = new KeywordMatcher(rules.map((rule) => rule.keywords));
  const keywordless = rules.flatMap((rule, index) => rule.keywords.length === 0 ? [index] : []);
  const ranks = new Map(rules.map((rule) => [rule.id, CONFIDENCE_RANK[rule.confidence] * 2 + (rule.tags.includes("generic") ? 0 : 1)]));
  const ids = new Set(rules.map((rule) => rule.id));
  const keywordEnds = new KeywordEnds(rules.length);
  return {
    rules,
    has: (id) => ids.has(id),
    candidates(text) {
      const hit = new Uint8Array(rules.length);
      for (const index of keywordless) hit[index] = 1;
      keywordEnds.reset();
      matcher.scan(asciiCodes(text), hit, keywordEnds);
      return { hit, keywordEnds };
    },
    rank: (ruleId) => ranks.get(ruleId) ?? 0
  };
}
var where = (spec) => spec.source ? ` (${spec.source})` : "";

// src/ruleset/load-rules.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join3 } from "node:path";

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

// src/yaml.ts
var yaml = __toESM(require_dist(), 1);
function parseYaml(text) {
  return yaml.parse(text, { logLevel: "error" });
}

// src/ruleset/rule-spec.ts
var REQUIRED_STRINGS = ["id", "description", "pattern"];
var OPTIONAL_STRINGS = ["flags", "rotate", "checksum"];
var STRING_LISTS = ["keywords", "examples", "negativeExamples", "tags"];
var KNOWN_FIELDS = /* @__PURE__ */ new Set([...REQUIRED_STRINGS, ...OPTIONAL_STRINGS, ...STRING_LISTS, "entropy", "confidence"]);
var CONFIDENCES = ["high", "medium", "low"];
function toRuleSpec(item, at2, source) {
  if (!isObject(item)) throw new RuleError(`${at2}: expected a mapping with id, description, pattern, keywords`);
  const label = typeof item.id === "string" ? `${at2} (${item.id})` : at2;
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
    if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
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
function ruleFileSpecs(data, source) {
  const list = Array.isArray(data) ? data : isObject(data) ? data.rules : void 0;
  if (!Array.isArray(list)) throw new RuleError(`${source}: expected a "rules" list`);
  return list.map((item, index) => toRuleSpec(item, `${source}: rules[${index}]`, source));
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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

// src/ruleset/parse-rule-file.ts
function parseRuleFile(text, source) {
  let data;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new RuleError(`${source}: not valid YAML or JSON: ${firstLine(error.message)}`);
  }
  return ruleFileSpecs(data, source);
}
var firstLine = (text) => text.split("\n")[0] ?? text;

// src/ruleset/rules-cache.ts
import { createHash } from "node:crypto";
import { existsSync as existsSync2, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
var cacheFile = () => join2(packageRoot(), "dist", "rules.json");
function ruleFileNames(dir) {
  return readdirSync(dir).filter((name) => name.endsWith(".yaml")).sort();
}
function signature(dir) {
  const hash = createHash("sha256");
  for (const name of ruleFileNames(dir)) hash.update(`${name}\0`).update(readFileSync(join2(dir, name))).update("\0");
  return hash.digest("hex");
}
function readRulesCache(dir) {
  const file = cacheFile();
  if (!existsSync2(file)) return void 0;
  try {
    const cache = JSON.parse(readFileSync(file, "utf8"));
    return cache.signature === signature(dir) ? cache.rules : void 0;
  } catch {
    return void 0;
  }
}

// src/ruleset/load-rules.ts
var rulesDir = () => join3(packageRoot(), "rules");
function loadBuiltinRules() {
  return readRulesCache(rulesDir()) ?? parseBuiltinRules();
}
function parseBuiltinRules() {
  const dir = rulesDir();
  const specs = ruleFileNames(dir).flatMap((name) => parseRuleFile(readFileSync2(join3(dir, name), "utf8"), `rules/${name}`));
  assertUniqueIds(specs);
  return specs.sort((a, b) => a.id.localeCompare(b.id));
}

// src/scrub-secrets.ts
var ruleset;
function scrubSecrets(text) {
  try {
    ruleset ??= compileRules(loadBuiltinRules());
    const findings = detect({ path: "", text, startLine: 1 }, ruleset, { inlineAllow: false });
    const lines = new LineIndex(text);
    let scrubbed = text;
    for (const finding of findings.reverse()) {
      const start = lines.offsetOf(finding.line - 1, finding.column);
      const end = lines.offsetOf(finding.endLine - 1, finding.endColumn);
      scrubbed = `${scrubbed.slice(0, start)}${redact(finding.secret)}${scrubbed.slice(end)}`;
    }
    return scrubbed;
  } catch {
    return text;
  }
}

// src/report-failure.ts
function reportFailure(error, showStack) {
  const known = error instanceof ScanError;
  const message = known ? error.message : `unexpected: ${error?.message ?? String(error)}`;
  const hint = known ? error.hint : "please report this with --debug output";
  const line = scrubSecrets(`${message.replace(/\s*\n\s*/g, " ").trim()}${hint ? ` (${hint})` : ""}`);
  process.stderr.write(`error: ${line}
`);
  if (showStack) process.stderr.write(`${scrubSecrets(String(error?.stack))}
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
    (f) => [f.ruleId, f.file, f.line, f.column, f.endLine, f.endColumn, f.confidence, shownSecret(f, options.showSecrets), f.fingerprint, f.secretHash, f.commit?.sha ?? "", f.commit?.author ?? "", f.commit?.date ?? ""].map(quote).join(",")
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
  const cases = result2.findings.map((f) => {
    const name = xml(`${f.file}:${f.line}:${f.column} ${f.ruleId}`);
    const detail = xml(`${f.description} (${shownSecret(f, options.showSecrets)})${f.commit ? ` in commit ${f.commit.sha}` : ""}. ${f.rotate ?? ""}`);
    return `    <testcase classname="leakguard.${xml(f.ruleId)}" name="${name}" file="${xml(f.file)}" line="${f.line}">
      <failure message="${xml(f.description)}" type="${xml(f.ruleId)}">${detail}</failure>
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
  const fresh = result2.findings.filter((f) => f.status !== "known");
  if (fresh.length === 0) return `${head}
:white_check_mark: No new secrets found.
`;
  const rows = fresh.map(
    (f) => [
      `\`${cell(f.file)}:${f.line}\``,
      `\`${f.ruleId}\``,
      cell(f.description),
      `\`${cell(shownSecret(f, options.showSecrets))}\``,
      f.commit ? `\`${f.commit.sha.slice(0, 12)}\`` : ""
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

// src/package-version.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join4 } from "node:path";
var version;
function packageVersion() {
  version ??= JSON.parse(readFileSync3(join4(packageRoot(), "package.json"), "utf8")).version;
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
    partialFingerprints: { "leakguard/v1": process.getBuiltinModule("node:crypto").createHash("sha256").update(`${finding.fingerprint}\0${finding.file}`).digest("hex").slice(0, 32) },
    properties: {
      fingerprint: finding.fingerprint,
      confidence: finding.confidence,
      ...finding.commit && { commit: finding.commit.sha, author: finding.commit.author, date: finding.commit.date }
    }
  };
}
var renderSarif = (scan) => {
  const rules = [...scan.rules].sort((a, b) => a.id.localeCompare(b.id));
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "leakguard", version: packageVersion(), rules: rules.map(ruleDescriptor) } },
        originalUriBaseIds: { "%SRCROOT%": { uri: "./" } },
        // Known findings (in the baseline) would reopen alerts a team already dismissed.
        results: scan.findings.filter((f) => f.status !== "known").map((finding) => result(finding, index.get(finding.ruleId) ?? -1))
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

// src/engine/decode/random-bytes.ts
var SEXTETS = new Uint8Array(128);
[..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"].forEach((ch, value) => SEXTETS[ch.charCodeAt(0)] = value);
for (const [ch, value] of [["+", 62], ["/", 63], ["-", 62], ["_", 63]]) SEXTETS[ch.charCodeAt(0)] = value;
var PROBE_CHARS = 16;
var isOddByte = (byte) => byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 || byte > 126;
function startsAsText(codes, start) {
  let odd = 0;
  for (let i = start; i < start + PROBE_CHARS; i += 4) {
    const bits = SEXTETS[codes[i]] << 18 | SEXTETS[codes[i + 1]] << 12 | SEXTETS[codes[i + 2]] << 6 | SEXTETS[codes[i + 3]];
    odd += Number(isOddByte(bits >>> 16)) + Number(isOddByte(bits >>> 8 & 255)) + Number(isOddByte(bits & 255));
  }
  return odd <= 1;
}
var HEX_VALUES = new Uint8Array(128);
for (const ch of "0123456789abcdef") HEX_VALUES[ch.charCodeAt(0)] = HEX_VALUES[ch.toUpperCase().charCodeAt(0)] = Number.parseInt(ch, 16);
function isBrokenUtf8(codes, start, end) {
  let continuations = 0;
  for (let i = start; i + 1 < end; i += 2) {
    const byte = HEX_VALUES[codes[i]] << 4 | HEX_VALUES[codes[i + 1]];
    if (byte >= 128 && byte <= 191) {
      if (continuations === 0) return true;
      continuations--;
    } else if (continuations > 0 || byte === 192 || byte === 193 || byte > 244) {
      return true;
    } else if (byte >= 194) {
      continuations = byte < 224 ? 1 : byte < 240 ? 2 : 3;
    }
  }
  return continuations > 0;
}

// src/engine/decode/encoded-runs.ts
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
function isIn(codes, at2, bit) {
  const code = codes[at2];
  return code < 128 && (CLASSES[code] & bit) !== 0;
}
function forEachRun(codes, bit, min, from, to, visit) {
  let floor = from;
  for (let probe = from + min - 1; probe < to; ) {
    if (!isIn(codes, probe, bit)) {
      probe += min;
      continue;
    }
    let start = probe;
    while (start > floor && isIn(codes, start - 1, bit)) start--;
    let end = probe + 1;
    while (end < to && isIn(codes, end, bit)) end++;
    if (end - start >= min) visit(start, end);
    floor = end;
    probe = end + min;
  }
}
function findEncodedRuns(text) {
  const codes = asciiCodes(text);
  const runs = { base64: [], hex: [] };
  const addHex = (start, end) => {
    const length = end - start;
    const whole = (start === 0 || !isIn(codes, start - 1, ALNUM_BIT)) && (end === codes.length || !isIn(codes, end, ALNUM_BIT));
    if (whole && length <= MAX_RUN && length % 2 === 0 && !isBrokenUtf8(codes, start, end)) runs.hex.push([start, end]);
  };
  forEachRun(codes, BASE64_BIT, MIN_BASE64, 0, codes.length, (start, end) => {
    if (end - start <= MAX_RUN && startsAsText(codes, start)) {
      let padded = end;
      while (padded < codes.length && padded - end < 2 && codes[padded] === 61) padded++;
      runs.base64.push([start, padded]);
    }
    if (end - start >= MIN_HEX) forEachRun(codes, HEX_BIT, MIN_HEX, start, end, addHex);
  });
  return runs;
}

// src/engine/decode/decoders.ts
var MAX_TOKEN = 4096;
var lastText;
var lastRuns = { base64: [], hex: [] };
function encodedRuns(text) {
  if (text !== lastText) {
    lastRuns = findEncodedRuns(text);
    lastText = text;
  }
  return lastRuns;
}
function tokensWith(lead, marker, delimiters) {
  return (text) => {
    const spans = [];
    let covered = -1;
    for (let at2 = text.indexOf(lead); at2 !== -1; ) {
      marker.lastIndex = at2;
      if (!marker.test(text)) {
        at2 = text.indexOf(lead, at2 + 1);
        continue;
      }
      const markerEnd = marker.lastIndex;
      if (at2 >= covered) {
        let start = at2;
        while (start > 0 && at2 - start < MAX_TOKEN && !delimiters.test(text[start - 1])) start--;
        let end = markerEnd;
        while (end < text.length && end - at2 < MAX_TOKEN && !delimiters.test(text[end])) end++;
        spans.push([start, end]);
        covered = end;
      }
      at2 = text.indexOf(lead, markerEnd);
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
  find: tokensWith("%", /%[0-9A-Fa-f]{2}/y, /[\s"'<>`]/),
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
  find: tokensWith("&", /&(?:#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|[a-z]{2,8});/y, /[\s<>]/),
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
  find: tokensWith("\\", /\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[/"\\])/y, /[\s'`]/),
  decode(encoded) {
    return printableOrUndefined(
      encoded.replace(
        /\\(u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[nrt"'/\\])/g,
        (_, body) => body.length > 1 ? String.fromCharCode(Number.parseInt(body.slice(1), 16)) : ESCAPES[body] ?? body
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
      const encoded = text.slice(start, end);
      const decoded = decoder.decode(encoded);
      if (decoded === void 0 || decoded === encoded) continue;
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

// src/engine/detect-decoded.ts
var DEFAULT_DECODE = { depth: 2, maxBytes: 1 << 20 };
var KEPT_CONTEXT = MINIFIED_LINE;
var CONTEXT_BUDGET = 4;
function detectWithDecoding(fragment, ruleset2, options = DEFAULT_DECODE) {
  const findings = detect(fragment, ruleset2, options);
  let capped = findings.some((finding) => finding.lineText === "");
  const layers = decodedLayers(fragment.text, options.depth, { bytes: options.maxBytes });
  if (layers.length === 0) return findings;
  const seen = new Set(findings.map((f) => `${f.ruleId}\0${f.secretHash}\0${f.line}`));
  const perRule = /* @__PURE__ */ new Map();
  for (const finding of findings) perRule.set(finding.ruleId, (perRule.get(finding.ruleId) ?? 0) + 1);
  const lines = new LineIndex(fragment.text);
  const allowedBy = allowComments(fragment, lines, ruleset2);
  let budget = options.maxBytes * CONTEXT_BUDGET;
  for (const layer of layers) {
    const line = lines.lineOf(layer.start);
    const lineStart = layer.start - lines.columnOf(layer.start, line) + 1;
    const lineEnd = lineStart + lines.lineText(line).length;
    const prefix = fragment.text.slice(Math.max(lineStart, layer.start - KEPT_CONTEXT), layer.start);
    const suffix = layer.end <= lineEnd ? fragment.text.slice(layer.end, Math.min(lineEnd, layer.end + KEPT_CONTEXT)) : "";
    const substituted = { ...fragment, text: prefix + layer.decoded + suffix, startLine: 1, lineMap: void 0 };
    budget -= substituted.text.length;
    if (budget < 0) break;
    const decodedLines = new LineIndex(substituted.text);
    const endLine = lines.lineOf(layer.end);
    for (const finding of detect(substituted, ruleset2, options)) {
      const offset = decodedLines.offsetOf(finding.line - 1, finding.column);
      if (offset < prefix.length || offset >= prefix.length + layer.decoded.length) continue;
      const key = `${finding.ruleId}\0${finding.secretHash}\0${fileLine2(fragment, line)}`;
      const count2 = perRule.get(finding.ruleId) ?? 0;
      if (seen.has(key) || options.inlineAllow !== false && allowedBy(line, finding.ruleId)) continue;
      if (count2 >= MAX_FINDINGS_PER_RULE) {
        capped = true;
        continue;
      }
      seen.add(key);
      perRule.set(finding.ruleId, count2 + 1);
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
  if (capped) hideLines(findings);
  return dropOverlaps(findings, ruleset2);
}
function fileLine2(fragment, textLine) {
  return fragment.lineMap?.[textLine] ?? fragment.startLine + textLine;
}

// src/sources/git.ts
import { execFile } from "node:child_process";

// src/sources/git-stream.ts
import { spawn } from "node:child_process";
var MAX_STDERR_BYTES = 64 * 1024;
var MAX_READ_AHEAD_BYTES = 16 * 1024 * 1024;
function startGit(cwd, args, label) {
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
  let queue = [];
  let queuedBytes = 0;
  let ended = false;
  let wake;
  let readError;
  child.stdout.on("data", (chunk) => {
    queue.push(chunk);
    queuedBytes += chunk.length;
    if (queuedBytes >= MAX_READ_AHEAD_BYTES) child.stdout.pause();
    wake?.();
  });
  child.stdout.on("error", (error) => readError = error);
  child.stdout.on("close", () => {
    ended = true;
    wake?.();
  });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  };
  return {
    stop,
    async *chunks() {
      try {
        for (; ; ) {
          if (queue.length) {
            const batch = queue;
            queue = [];
            queuedBytes = 0;
            child.stdout.resume();
            yield batch;
          } else if (ended) {
            break;
          } else {
            await new Promise((resolve6) => wake = resolve6);
            wake = void 0;
          }
        }
        if (readError) throw readError;
        const code = await closed;
        if (spawnError) throw new GitError(label, spawnError.code === "ENOENT" ? "git is not installed or not on the PATH" : spawnError.message);
        if (code !== 0) throw new GitError(label, firstFatalLine(Buffer.concat(stderr).toString("utf8")));
      } finally {
        stop();
      }
    }
  };
}
function firstFatalLine(stderr) {
  const lines = stderr.split("\n");
  return lines.find((line) => line.startsWith("fatal: ")) ?? lines.find((line) => line.startsWith("error: ")) ?? stderr;
}

// src/sources/git.ts
var GIT_MISSING = "git is not installed or not on the PATH";
var MAX_OUTPUT_BYTES = 512 * 1024 * 1024;
function git(cwd, args, answers = []) {
  return new Promise((resolve6, reject) => {
    const options = { cwd, env: { ...process.env, LC_ALL: "C" }, maxBuffer: MAX_OUTPUT_BYTES, encoding: "utf8" };
    execFile("git", args, options, (error, stdout, stderr) => {
      if (!error || answers.includes(Number(error.code))) return resolve6(stdout);
      const reason = error.code === "ENOENT" ? GIT_MISSING : firstFatalLine(stderr.trim()) || error.message;
      reject(new GitError(args, reason, { cause: error }));
    });
  });
}
var NO_WORK_TREE = new RegExp(`not a git repository|must be run in a work tree|${GIT_MISSING}`);
async function workTreeTop(dir) {
  const answer = await unlessNoWorkTree(git(dir, ["rev-parse", "--is-inside-work-tree", "--show-toplevel"]));
  const [inside, top] = answer?.split("\n") ?? [];
  return inside === "true" ? top : void 0;
}
async function bareRepository(dir) {
  const answer = await unlessNoWorkTree(git(dir, ["rev-parse", "--is-bare-repository", "--absolute-git-dir"]));
  const [bare, gitDir] = answer?.split("\n") ?? [];
  return bare === "true" ? gitDir : void 0;
}
async function unlessNoWorkTree(query) {
  try {
    return await query;
  } catch (error) {
    if (error instanceof GitError && NO_WORK_TREE.test(error.message)) return void 0;
    throw error;
  }
}
async function isShallowRepository(dir) {
  return (await git(dir, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
}

// src/config/load-config.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { existsSync as existsSync4 } from "node:fs";
import { join as join5 } from "node:path";

// src/config/read-config-file.ts
import { existsSync as existsSync3, statSync } from "node:fs";
import { dirname as dirname3, resolve } from "node:path";

// src/ruleset/check-rule.ts
var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var MIN_EXAMPLES = 2;
function checkRule(spec) {
  const problems = [];
  if (!ID.test(spec.id) || spec.id.length > 48) problems.push('id must be lowercase words joined by "-", at most 48 characters');
  let regex2;
  try {
    regex2 = compileRegex(spec.pattern, `gd${spec.flags ?? ""}`);
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
  const ruleset2 = compileRules([spec]);
  for (const example of spec.examples) {
    if (!spec.keywords.some((keyword) => example.toLowerCase().includes(keyword))) {
      problems.push(`example holds none of the keywords: ${abbreviate(example)}`);
    } else if (detect({ path: "example", text: example, startLine: 1 }, ruleset2).length === 0) {
      problems.push(`example is not found: ${abbreviate(example)}`);
    }
  }
  for (const example of spec.negativeExamples) {
    const found = detect({ path: "example", text: example, startLine: 1 }, ruleset2);
    const shown = found.reduce((text, finding) => text.split(finding.secret).join(redact(finding.secret)), example);
    if (found.length > 0) problems.push(`negative example is found: ${abbreviate(shown)}`);
  }
  return problems;
}
var abbreviate = (text) => (text.length > 60 ? `${text.slice(0, 57)}...` : text).replace(/\n/g, "\\n");

// src/config/schema-validators.generated.ts
var schema_validators_generated_exports = {};
__export(schema_validators_generated_exports, {
  baseline: () => baseline,
  config: () => config
});
var import_ucs2length = __toESM(require_ucs2length(), 1);
var config = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "leakguard configuration", "description": "Settings for leakguard, read from .leakguard.yaml, .leakguard.yml or .leakguard.json. Reference: docs/configuration.md.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "description": "The schema this file follows, for editors.", "type": "string" }, "extends": { "description": "Config files (paths relative to this file) whose settings this file builds on. Lists add up, single values here win. The built-in rules stay on either way.", "type": ["string", "array"], "items": { "type": "string" } }, "exclude": { "description": "Path globs of files never scanned, relative to the scanned root. A glob that names a folder excludes everything under it.", "type": "array", "items": { "type": "string" } }, "maxFileSize": { "description": "Files larger than this many bytes are skipped and counted (default 10 MiB, at most 256 MiB).", "type": "integer", "minimum": 1, "maximum": 268435456 }, "minConfidence": { "description": "Run only rules at least this certain: high (self-identifying formats), medium or low (found by context).", "enum": ["high", "medium", "low"] }, "rules": { "description": "Which rules run, and rules of your own.", "type": "object", "additionalProperties": false, "properties": { "disable": { "description": "Rule ids or tags to turn off. Every built-in rule carries the tags builtin and its provider file's name (github, generic...); your rules carry custom.", "type": "array", "items": { "type": "string" } }, "enable": { "description": "Rule ids or tags to bring back from a wider disable. An id is more specific than a tag.", "type": "array", "items": { "type": "string" } }, "custom": { "description": "Rules of your own, with the fields of a rules/*.yaml rule; each is checked like a built-in one.", "type": "array", "items": { "$ref": "#/definitions/rule" } } } }, "allow": { "description": "Findings that are not secrets. Within one entry every kind given must match; list entries separately to allow either.", "type": "array", "items": { "$ref": "#/definitions/allow" } } }, "definitions": { "allow": { "type": "object", "additionalProperties": false, "properties": { "rules": { "description": "Rule ids or tags this entry applies to (default: every rule).", "type": "array", "items": { "type": "string" } }, "paths": { "description": "Path globs of the files whose findings are allowed.", "type": "array", "items": { "type": "string" } }, "values": { "description": "Regular expressions (JavaScript syntax); a secret that one matches is allowed.", "type": "array", "items": { "type": "string" } }, "stopwords": { "description": "Words; a secret that contains one (ignoring case) is allowed.", "type": "array", "items": { "type": "string" } }, "reason": { "description": "Why these findings are not secrets, for the next reader.", "type": "string" } } }, "rule": { "description": "A rule in the fields of rules/*.yaml (docs/rules.md); leakguard checks it like a built-in rule.", "type": "object", "properties": { "id": { "description": "Lowercase words joined by -, unique among all rules." }, "description": { "description": "What the secret is, shown in reports." }, "keywords": { "description": "Lowercase words of which every match holds one; the pattern runs only on text that has one." }, "pattern": { "description": "JavaScript regex; the secret is capture group 1 or the group named secret." }, "flags": { "description": "Extra regex flags: i, m, s." }, "entropy": { "description": "Minimum Shannon entropy (bits per character) of the secret." }, "confidence": { "description": "high, medium or low." }, "rotate": { "description": "How to revoke and reissue the credential, with an https:// link." }, "tags": { "description": "Tags for rules.enable, rules.disable and allow[].rules." }, "examples": { "description": "At least two lines that the rule must find." }, "negativeExamples": { "description": "At least two lines that the rule must not find." } } } } };
var schema12 = { "description": "A rule in the fields of rules/*.yaml (docs/rules.md); leakguard checks it like a built-in rule.", "type": "object", "properties": { "id": { "description": "Lowercase words joined by -, unique among all rules." }, "description": { "description": "What the secret is, shown in reports." }, "keywords": { "description": "Lowercase words of which every match holds one; the pattern runs only on text that has one." }, "pattern": { "description": "JavaScript regex; the secret is capture group 1 or the group named secret." }, "flags": { "description": "Extra regex flags: i, m, s." }, "entropy": { "description": "Minimum Shannon entropy (bits per character) of the secret." }, "confidence": { "description": "high, medium or low." }, "rotate": { "description": "How to revoke and reissue the credential, with an https:// link." }, "tags": { "description": "Tags for rules.enable, rules.disable and allow[].rules." }, "examples": { "description": "At least two lines that the rule must find." }, "negativeExamples": { "description": "At least two lines that the rule must not find." } } };
var schema13 = { "type": "object", "additionalProperties": false, "properties": { "rules": { "description": "Rule ids or tags this entry applies to (default: every rule).", "type": "array", "items": { "type": "string" } }, "paths": { "description": "Path globs of the files whose findings are allowed.", "type": "array", "items": { "type": "string" } }, "values": { "description": "Regular expressions (JavaScript syntax); a secret that one matches is allowed.", "type": "array", "items": { "type": "string" } }, "stopwords": { "description": "Words; a secret that contains one (ignoring case) is allowed.", "type": "array", "items": { "type": "string" } }, "reason": { "description": "Why these findings are not secrets, for the next reader.", "type": "string" } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "$schema" || key0 === "extends" || key0 === "exclude" || key0 === "maxFileSize" || key0 === "minConfidence" || key0 === "rules" || key0 === "allow")) {
          validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.$schema !== void 0) {
          let data0 = data.$schema;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate10.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.extends !== void 0) {
            let data1 = data.extends;
            const _errs4 = errors;
            if (typeof data1 !== "string" && !Array.isArray(data1)) {
              validate10.errors = [{ instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: schema11.properties.extends.type }, message: "must be string,array", schema: schema11.properties.extends.type, parentSchema: schema11.properties.extends, data: data1 }];
              return false;
            }
            if (errors === _errs4) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data2 = data1[i0];
                  const _errs6 = errors;
                  if (typeof data2 !== "string") {
                    validate10.errors = [{ instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.extends.items.type, parentSchema: schema11.properties.extends.items, data: data2 }];
                    return false;
                  }
                  var valid1 = _errs6 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.exclude !== void 0) {
              let data3 = data.exclude;
              const _errs8 = errors;
              if (errors === _errs8) {
                if (Array.isArray(data3)) {
                  var valid2 = true;
                  const len1 = data3.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data4 = data3[i1];
                    const _errs10 = errors;
                    if (typeof data4 !== "string") {
                      validate10.errors = [{ instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exclude.items.type, parentSchema: schema11.properties.exclude.items, data: data4 }];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate10.errors = [{ instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.exclude.type, parentSchema: schema11.properties.exclude, data: data3 }];
                  return false;
                }
              }
              var valid0 = _errs8 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.maxFileSize !== void 0) {
                let data5 = data.maxFileSize;
                const _errs12 = errors;
                if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                  validate10.errors = [{ instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.maxFileSize.type, parentSchema: schema11.properties.maxFileSize, data: data5 }];
                  return false;
                }
                if (errors === _errs12) {
                  if (typeof data5 == "number" && isFinite(data5)) {
                    if (data5 > 268435456 || isNaN(data5)) {
                      validate10.errors = [{ instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 268435456 }, message: "must be <= 268435456", schema: 268435456, parentSchema: schema11.properties.maxFileSize, data: data5 }];
                      return false;
                    } else {
                      if (data5 < 1 || isNaN(data5)) {
                        validate10.errors = [{ instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.maxFileSize, data: data5 }];
                        return false;
                      }
                    }
                  }
                }
                var valid0 = _errs12 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.minConfidence !== void 0) {
                  let data6 = data.minConfidence;
                  const _errs14 = errors;
                  if (!(data6 === "high" || data6 === "medium" || data6 === "low")) {
                    validate10.errors = [{ instancePath: instancePath + "/minConfidence", schemaPath: "#/properties/minConfidence/enum", keyword: "enum", params: { allowedValues: schema11.properties.minConfidence.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.minConfidence.enum, parentSchema: schema11.properties.minConfidence, data: data6 }];
                    return false;
                  }
                  var valid0 = _errs14 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.rules !== void 0) {
                    let data7 = data.rules;
                    const _errs15 = errors;
                    if (errors === _errs15) {
                      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                        const _errs17 = errors;
                        for (const key1 in data7) {
                          if (!(key1 === "disable" || key1 === "enable" || key1 === "custom")) {
                            validate10.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules, data: data7 }];
                            return false;
                            break;
                          }
                        }
                        if (_errs17 === errors) {
                          if (data7.disable !== void 0) {
                            let data8 = data7.disable;
                            const _errs18 = errors;
                            if (errors === _errs18) {
                              if (Array.isArray(data8)) {
                                var valid4 = true;
                                const len2 = data8.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                  let data9 = data8[i2];
                                  const _errs20 = errors;
                                  if (typeof data9 !== "string") {
                                    validate10.errors = [{ instancePath: instancePath + "/rules/disable/" + i2, schemaPath: "#/properties/rules/properties/disable/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties.disable.items.type, parentSchema: schema11.properties.rules.properties.disable.items, data: data9 }];
                                    return false;
                                  }
                                  var valid4 = _errs20 === errors;
                                  if (!valid4) {
                                    break;
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/rules/disable", schemaPath: "#/properties/rules/properties/disable/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties.disable.type, parentSchema: schema11.properties.rules.properties.disable, data: data8 }];
                                return false;
                              }
                            }
                            var valid3 = _errs18 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data7.enable !== void 0) {
                              let data10 = data7.enable;
                              const _errs22 = errors;
                              if (errors === _errs22) {
                                if (Array.isArray(data10)) {
                                  var valid5 = true;
                                  const len3 = data10.length;
                                  for (let i3 = 0; i3 < len3; i3++) {
                                    let data11 = data10[i3];
                                    const _errs24 = errors;
                                    if (typeof data11 !== "string") {
                                      validate10.errors = [{ instancePath: instancePath + "/rules/enable/" + i3, schemaPath: "#/properties/rules/properties/enable/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties.enable.items.type, parentSchema: schema11.properties.rules.properties.enable.items, data: data11 }];
                                      return false;
                                    }
                                    var valid5 = _errs24 === errors;
                                    if (!valid5) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/rules/enable", schemaPath: "#/properties/rules/properties/enable/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties.enable.type, parentSchema: schema11.properties.rules.properties.enable, data: data10 }];
                                  return false;
                                }
                              }
                              var valid3 = _errs22 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data7.custom !== void 0) {
                                let data12 = data7.custom;
                                const _errs26 = errors;
                                if (errors === _errs26) {
                                  if (Array.isArray(data12)) {
                                    var valid6 = true;
                                    const len4 = data12.length;
                                    for (let i4 = 0; i4 < len4; i4++) {
                                      let data13 = data12[i4];
                                      const _errs28 = errors;
                                      const _errs29 = errors;
                                      if (errors === _errs29) {
                                        if (!(data13 && typeof data13 == "object" && !Array.isArray(data13))) {
                                          validate10.errors = [{ instancePath: instancePath + "/rules/custom/" + i4, schemaPath: "#/definitions/rule/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data: data13 }];
                                          return false;
                                        }
                                      }
                                      var valid6 = _errs28 === errors;
                                      if (!valid6) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/rules/custom", schemaPath: "#/properties/rules/properties/custom/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties.custom.type, parentSchema: schema11.properties.rules.properties.custom, data: data12 }];
                                    return false;
                                  }
                                }
                                var valid3 = _errs26 === errors;
                              } else {
                                var valid3 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate10.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data7 }];
                        return false;
                      }
                    }
                    var valid0 = _errs15 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.allow !== void 0) {
                      let data14 = data.allow;
                      const _errs31 = errors;
                      if (errors === _errs31) {
                        if (Array.isArray(data14)) {
                          var valid8 = true;
                          const len5 = data14.length;
                          for (let i5 = 0; i5 < len5; i5++) {
                            let data15 = data14[i5];
                            const _errs33 = errors;
                            const _errs34 = errors;
                            if (errors === _errs34) {
                              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                const _errs36 = errors;
                                for (const key2 in data15) {
                                  if (!(key2 === "rules" || key2 === "paths" || key2 === "values" || key2 === "stopwords" || key2 === "reason")) {
                                    validate10.errors = [{ instancePath: instancePath + "/allow/" + i5, schemaPath: "#/definitions/allow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data: data15 }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs36 === errors) {
                                  if (data15.rules !== void 0) {
                                    let data16 = data15.rules;
                                    const _errs37 = errors;
                                    if (errors === _errs37) {
                                      if (Array.isArray(data16)) {
                                        var valid11 = true;
                                        const len6 = data16.length;
                                        for (let i6 = 0; i6 < len6; i6++) {
                                          let data17 = data16[i6];
                                          const _errs39 = errors;
                                          if (typeof data17 !== "string") {
                                            validate10.errors = [{ instancePath: instancePath + "/allow/" + i5 + "/rules/" + i6, schemaPath: "#/definitions/allow/properties/rules/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.rules.items.type, parentSchema: schema13.properties.rules.items, data: data17 }];
                                            return false;
                                          }
                                          var valid11 = _errs39 === errors;
                                          if (!valid11) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/allow/" + i5 + "/rules", schemaPath: "#/definitions/allow/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.rules.type, parentSchema: schema13.properties.rules, data: data16 }];
                                        return false;
                                      }
                                    }
                                    var valid10 = _errs37 === errors;
                                  } else {
                                    var valid10 = true;
                                  }
                                  if (valid10) {
                                    if (data15.paths !== void 0) {
                                      let data18 = data15.paths;
                                      const _errs41 = errors;
                                      if (errors === _errs41) {
                                        if (Array.isArray(data18)) {
                                          var valid12 = true;
                                          const len7 = data18.length;
                                          for (let i7 = 0; i7 < len7; i7++) {
                                            let data19 = data18[i7];
                                            const _errs43 = errors;
                                            if (typeof data19 !== "string") {
                                              validate10.errors = [{ instancePath: instancePath + "/allow/" + i5 + "/paths/" + i7, schemaPath: "#/definitions/allow/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.paths.items.type, parentSchema: schema13.properties.paths.items, data: data19 }];
                                              return false;
                                            }
                                            var valid12 = _errs43 === errors;
                                            if (!valid12) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/allow/" + i5 + "/paths", schemaPath: "#/definitions/allow/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.paths.type, parentSchema: schema13.properties.paths, data: data18 }];
                                          return false;
                                        }
                                      }
                                      var valid10 = _errs41 === errors;
                                    } else {
                                      var valid10 = true;
                                    }
                                    if (valid10) {
                                      if (data15.values !== void 0) {
                                        let data20 = data15.values;
                                        const _errs45 = errors;
                                        if (errors === _errs45) {
                                          if (Array.isArray(data20)) {
                                            var valid13 = true;
                                            const len8 = data20.length;
                                            for (let i8 = 0; i8 < len8; i8++) {
                                              let data21 = data20[i8];
                                              const _errs47 = errors;
                                              if (typeof data21 !== "string") {
                                                validate10.errors = [{ instancePath: instancePath + "/allow/" + i5 + "/values/" + i8, schemaPath: "#/definitions/allow/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.values.items.type, parentSchema: schema13.properties.values.items, data: data21 }];
                                                return false;
                                              }
                                              var valid13 = _errs47 === errors;
                                              if (!valid13) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/allow/" + i5 + "/values", schemaPath: "#/definitions/allow/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.values.type, parentSchema: schema13.properties.values, data: data20 }];
                                            return false;
                                          }
                                        }
                                        var valid10 = _errs45 === errors;
                                      } else {
                                        var valid10 = true;
                                      }
                                      if (valid10) {
                                        if (data15.stopwords !== void 0) {
                                          let data22 = data15.stopwords;
                                          const _errs49 = errors;
                                          if (errors === _errs49) {
                                            if (Array.isArray(data22)) {
                                              var valid14 = true;
                                              const len9 = data22.length;
                                              for (let i9 = 0; i9 < len9; i9++) {
                                                let data23 = data22[i9];
                                                const _errs51 = errors;
                                                if (typeof data23 !== "string") {
                                                  validate10.errors = [{ instancePath: instancePath + "/allow/" + i5 + "/stopwords/" + i9, schemaPath: "#/definitions/allow/properties/stopwords/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.stopwords.items.type, parentSchema: schema13.properties.stopwords.items, data: data23 }];
                                                  return false;
                                                }
                                                var valid14 = _errs51 === errors;
                                                if (!valid14) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate10.errors = [{ instancePath: instancePath + "/allow/" + i5 + "/stopwords", schemaPath: "#/definitions/allow/properties/stopwords/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.stopwords.type, parentSchema: schema13.properties.stopwords, data: data22 }];
                                              return false;
                                            }
                                          }
                                          var valid10 = _errs49 === errors;
                                        } else {
                                          var valid10 = true;
                                        }
                                        if (valid10) {
                                          if (data15.reason !== void 0) {
                                            let data24 = data15.reason;
                                            const _errs53 = errors;
                                            if (typeof data24 !== "string") {
                                              validate10.errors = [{ instancePath: instancePath + "/allow/" + i5 + "/reason", schemaPath: "#/definitions/allow/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.reason.type, parentSchema: schema13.properties.reason, data: data24 }];
                                              return false;
                                            }
                                            var valid10 = _errs53 === errors;
                                          } else {
                                            var valid10 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/allow/" + i5, schemaPath: "#/definitions/allow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data: data15 }];
                                return false;
                              }
                            }
                            var valid8 = _errs33 === errors;
                            if (!valid8) {
                              break;
                            }
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/allow", schemaPath: "#/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.allow.type, parentSchema: schema11.properties.allow, data: data14 }];
                          return false;
                        }
                      }
                      var valid0 = _errs31 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var baseline = validate11;
var schema14 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "leakguard baseline", "description": "Findings a team has accepted, written by leakguard baseline or --update-baseline. Holds hashes of secrets, never a secret. Reference: docs/configuration.md.", "type": "object", "additionalProperties": false, "required": ["version", "entries"], "properties": { "version": { "description": "Format version.", "const": 1 }, "entries": { "description": "One entry per accepted finding, sorted by file, rule and hash.", "type": "array", "items": { "$ref": "#/definitions/entry" } } }, "definitions": { "entry": { "type": "object", "additionalProperties": false, "required": ["ruleId", "file"], "properties": { "ruleId": { "description": "The rule that found it (for imports, the other tool's rule or type).", "type": "string", "minLength": 1 }, "file": { "description": "Path relative to the baseline's folder, with / separators.", "type": "string", "minLength": 1 }, "fingerprint": { "description": "The finding's fingerprint, as in reports and .leakguardignore.", "type": "string", "pattern": "^[0-9a-f]{24}$" }, "sha256": { "description": "SHA-256 of the secret, hex.", "type": "string", "pattern": "^[0-9a-f]{64}$" }, "sha1": { "description": "SHA-1 of the secret, hex, as detect-secrets stores it.", "type": "string", "pattern": "^[0-9a-f]{40}$" }, "line": { "description": "Line of a finding imported without its secret (a redacted gitleaks report): matched by file and line only.", "type": "integer", "minimum": 1 }, "commit": { "description": "The commit of a finding in history.", "type": "string", "pattern": "^[0-9a-f]{7,64}$" }, "importedFrom": { "description": "The tool this entry was imported from.", "enum": ["gitleaks", "detect-secrets"] }, "reason": { "description": "Why the finding is accepted; kept when the baseline is rewritten.", "type": "string" } }, "anyOf": [{ "required": ["sha256"] }, { "required": ["sha1"] }, { "required": ["line"] }], "if": { "not": { "required": ["importedFrom"] } }, "then": { "required": ["fingerprint", "sha256"] } } } };
var schema15 = { "type": "object", "additionalProperties": false, "required": ["ruleId", "file"], "properties": { "ruleId": { "description": "The rule that found it (for imports, the other tool's rule or type).", "type": "string", "minLength": 1 }, "file": { "description": "Path relative to the baseline's folder, with / separators.", "type": "string", "minLength": 1 }, "fingerprint": { "description": "The finding's fingerprint, as in reports and .leakguardignore.", "type": "string", "pattern": "^[0-9a-f]{24}$" }, "sha256": { "description": "SHA-256 of the secret, hex.", "type": "string", "pattern": "^[0-9a-f]{64}$" }, "sha1": { "description": "SHA-1 of the secret, hex, as detect-secrets stores it.", "type": "string", "pattern": "^[0-9a-f]{40}$" }, "line": { "description": "Line of a finding imported without its secret (a redacted gitleaks report): matched by file and line only.", "type": "integer", "minimum": 1 }, "commit": { "description": "The commit of a finding in history.", "type": "string", "pattern": "^[0-9a-f]{7,64}$" }, "importedFrom": { "description": "The tool this entry was imported from.", "enum": ["gitleaks", "detect-secrets"] }, "reason": { "description": "Why the finding is accepted; kept when the baseline is rewritten.", "type": "string" } }, "anyOf": [{ "required": ["sha256"] }, { "required": ["sha1"] }, { "required": ["line"] }], "if": { "not": { "required": ["importedFrom"] } }, "then": { "required": ["fingerprint", "sha256"] } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length.default.default;
var pattern0 = new RegExp("^[0-9a-f]{24}$", "u");
var pattern1 = new RegExp("^[0-9a-f]{64}$", "u");
var pattern2 = new RegExp("^[0-9a-f]{40}$", "u");
var pattern3 = new RegExp("^[0-9a-f]{7,64}$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.entries === void 0 && (missing0 = "entries")) {
        validate11.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'", schema: schema14.required, parentSchema: schema14, data }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "version" || key0 === "entries")) {
            validate11.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.version !== void 0) {
            let data0 = data.version;
            const _errs2 = errors;
            if (1 !== data0) {
              validate11.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema14.properties.version, data: data0 }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.entries !== void 0) {
              let data1 = data.entries;
              const _errs3 = errors;
              if (errors === _errs3) {
                if (Array.isArray(data1)) {
                  var valid1 = true;
                  const len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0];
                    const _errs5 = errors;
                    const _errs6 = errors;
                    const _errs8 = errors;
                    let valid3 = false;
                    const _errs9 = errors;
                    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                      let missing1;
                      if (data2.sha256 === void 0 && (missing1 = "sha256")) {
                        const err0 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/definitions/entry/anyOf/0/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'", schema: schema15.anyOf[0].required, parentSchema: schema15.anyOf[0], data: data2 };
                        if (vErrors === null) {
                          vErrors = [err0];
                        } else {
                          vErrors.push(err0);
                        }
                        errors++;
                      }
                    }
                    var _valid0 = _errs9 === errors;
                    valid3 = valid3 || _valid0;
                    if (!valid3) {
                      const _errs10 = errors;
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        let missing2;
                        if (data2.sha1 === void 0 && (missing2 = "sha1")) {
                          const err1 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/definitions/entry/anyOf/1/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'", schema: schema15.anyOf[1].required, parentSchema: schema15.anyOf[1], data: data2 };
                          if (vErrors === null) {
                            vErrors = [err1];
                          } else {
                            vErrors.push(err1);
                          }
                          errors++;
                        }
                      }
                      var _valid0 = _errs10 === errors;
                      valid3 = valid3 || _valid0;
                      if (!valid3) {
                        const _errs11 = errors;
                        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                          let missing3;
                          if (data2.line === void 0 && (missing3 = "line")) {
                            const err2 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/definitions/entry/anyOf/2/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'", schema: schema15.anyOf[2].required, parentSchema: schema15.anyOf[2], data: data2 };
                            if (vErrors === null) {
                              vErrors = [err2];
                            } else {
                              vErrors.push(err2);
                            }
                            errors++;
                          }
                        }
                        var _valid0 = _errs11 === errors;
                        valid3 = valid3 || _valid0;
                      }
                    }
                    if (!valid3) {
                      const err3 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/definitions/entry/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.anyOf, parentSchema: schema15, data: data2 };
                      if (vErrors === null) {
                        vErrors = [err3];
                      } else {
                        vErrors.push(err3);
                      }
                      errors++;
                      validate11.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs8;
                      if (vErrors !== null) {
                        if (_errs8) {
                          vErrors.length = _errs8;
                        } else {
                          vErrors = null;
                        }
                      }
                      const _errs12 = errors;
                      let valid4 = true;
                      const _errs13 = errors;
                      const _errs14 = errors;
                      const _errs15 = errors;
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        let missing4;
                        if (data2.importedFrom === void 0 && (missing4 = "importedFrom")) {
                          const err4 = {};
                          if (vErrors === null) {
                            vErrors = [err4];
                          } else {
                            vErrors.push(err4);
                          }
                          errors++;
                        }
                      }
                      var valid5 = _errs15 === errors;
                      if (valid5) {
                        const err5 = {};
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                      } else {
                        errors = _errs14;
                        if (vErrors !== null) {
                          if (_errs14) {
                            vErrors.length = _errs14;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var _valid1 = _errs13 === errors;
                      errors = _errs12;
                      if (vErrors !== null) {
                        if (_errs12) {
                          vErrors.length = _errs12;
                        } else {
                          vErrors = null;
                        }
                      }
                      if (_valid1) {
                        const _errs16 = errors;
                        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                          let missing5;
                          if (data2.fingerprint === void 0 && (missing5 = "fingerprint") || data2.sha256 === void 0 && (missing5 = "sha256")) {
                            validate11.errors = [{ instancePath: instancePath + "/entries/" + i0, schemaPath: "#/definitions/entry/then/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'", schema: schema15.then.required, parentSchema: schema15.then, data: data2 }];
                            return false;
                          }
                        }
                        var _valid1 = _errs16 === errors;
                        valid4 = _valid1;
                      }
                      if (!valid4) {
                        const err6 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/definitions/entry/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema15.if, parentSchema: schema15, data: data2 };
                        if (vErrors === null) {
                          vErrors = [err6];
                        } else {
                          vErrors.push(err6);
                        }
                        errors++;
                        validate11.errors = vErrors;
                        return false;
                      }
                    }
                    if (errors === _errs6) {
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        let missing6;
                        if (data2.ruleId === void 0 && (missing6 = "ruleId") || data2.file === void 0 && (missing6 = "file")) {
                          validate11.errors = [{ instancePath: instancePath + "/entries/" + i0, schemaPath: "#/definitions/entry/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'", schema: schema15.required, parentSchema: schema15, data: data2 }];
                          return false;
                        } else {
                          const _errs17 = errors;
                          for (const key1 in data2) {
                            if (!func2.call(schema15.properties, key1)) {
                              validate11.errors = [{ instancePath: instancePath + "/entries/" + i0, schemaPath: "#/definitions/entry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data: data2 }];
                              return false;
                              break;
                            }
                          }
                          if (_errs17 === errors) {
                            if (data2.ruleId !== void 0) {
                              let data3 = data2.ruleId;
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (typeof data3 === "string") {
                                  if (func3(data3) < 1) {
                                    validate11.errors = [{ instancePath: instancePath + "/entries/" + i0 + "/ruleId", schemaPath: "#/definitions/entry/properties/ruleId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.ruleId, data: data3 }];
                                    return false;
                                  }
                                } else {
                                  validate11.errors = [{ instancePath: instancePath + "/entries/" + i0 + "/ruleId", schemaPath: "#/definitions/entry/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.ruleId.type, parentSchema: schema15.properties.ruleId, data: data3 }];
                                  return false;
                                }
                              }
                              var valid6 = _errs18 === errors;
                            } else {
                              var valid6 = true;
                            }
                            if (valid6) {
                              if (data2.file !== void 0) {
                                let data4 = data2.file;
                                const _errs20 = errors;
                                if (errors === _errs20) {
                                  if (typeof data4 === "string") {
                                    if (func3(data4) < 1) {
                                      validate11.errors = [{ instancePath: instancePath + "/entries/" + i0 + "/file", schemaPath: "#/definitions/entry/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.file, data: data4 }];
                                      return false;
                                    }
                                  } else {
                                    validate11.errors = [{ instancePath: instancePath + "/entries/" + i0 + "/file", schemaPath: "#/definitions/entry/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.file.type, parentSchema: schema15.properties.file, data: data4 }];
                                    return false;
                                  }
                                }
                                var valid6 = _errs20 === errors;
                              } else {
                                var valid6 = true;
                              }
                              if (valid6) {
                                if (data2.fingerprint !== void 0) {
                                  let data5 = data2.fingerprint;
                                  const _errs22 = errors;
                                  if (errors === _errs22) {
                                    if (typeof data5 === "string") {
                                      if (!pattern0.test(data5)) {
                                        validate11.errors = [{ instancePath: instancePath + "/entries/" + i0 + "/fingerprint", schemaPath: "#/definitions/entry/properties/fingerprint/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{24}$" }, message: 'must match pattern "^[0-9a-f]{24}$"', schema: "^[0-9a-f]{24}$", parentSchema: schema15.properties.fingerprint, data: data5 }];
                                        return false;
                                      }
                                    } else {
                                      validate11.errors = [{ instancePath: instancePath + "/entries/" + i0 + "/fingerprint", schemaPath: "#/definitions/entry/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.fingerprint.type, parentSchema: schema15.properties.fingerprint, data: data5 }];
                                      return false;
                                    }
                                  }
                                  var valid6 = _errs22 === errors;
                                } else {
                                  var valid6 = true;
                                }
                                if (valid6) {
                                  if (data2.sha256 !== void 0) {
                                    let data6 = data2.sha256;
                                    const _errs24 = errors;
                                    if (errors === _errs24) {
                                      if (typeof data6 === "string") {
                                        if (!pattern1.test(data6)) {
                                          validate11.errors = [{ instancePath: instancePath + "/entries/" + i0 + "/sha256", schemaPath: "#/definitions/entry/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema15.properties.sha256, data: data6 }];
                                          return false;
                                        }
                                      } else {
                                        validate11.errors = [{ instancePath: instancePath + "/entries/" + i0 + "/sha256", schemaPath: "#/definitions/entry/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.sha256.type, parentSchema: schema15.properties.sha256, data: data6 }];
                                        return false;
                                      }
                                    }
                                    var valid6 = _errs24 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                  if (valid6) {
                                    if (data2.sha1 !== void 0) {
                                      let data7 = data2.sha1;
                                      const _errs26 = errors;
                                      if (errors === _errs26) {
                                        if (typeof data7 === "string") {
                                          if (!pattern2.test(data7)) {
                                            validate11.errors = [{ instancePath: instancePath + "/entries/" + i0 + "/sha1", schemaPath: "#/definitions/entry/properties/sha1/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"', schema: "^[0-9a-f]{40}$", parentSchema: schema15.properties.sha1, data: data7 }];
                                            return false;
                                          }
                                        } else {
                                          validate11.errors = [{ instancePath: instancePath + "/entries/" + i0 + "/sha1", schemaPath: "#/definitions/entry/properties/sha1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.sha1.type, parentSchema: schema15.properties.sha1, data: data7 }];
                                          return false;
                                        }
                                      }
                                      var valid6 = _errs26 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                    if (valid6) {
                                      if (data2.line !== void 0) {
                                        let data8 = data2.line;
                                        const _errs28 = errors;
                                        if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                                          validate11.errors = [{ instancePath: instancePath + "/entries/" + i0 + "/line", schemaPath: "#/definitions/entry/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.line.type, parentSchema: schema15.properties.line, data: data8 }];
                                          return false;
                                        }
                                        if (errors === _errs28) {
                                          if (typeof data8 == "number" && isFinite(data8)) {
                                            if (data8 < 1 || isNaN(data8)) {
                                              validate11.errors = [{ instancePath: instancePath + "/entries/" + i0 + "/line", schemaPath: "#/definitions/entry/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15.properties.line, data: data8 }];
                                              return false;
                                            }
                                          }
                                        }
                                        var valid6 = _errs28 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                      if (valid6) {
                                        if (data2.commit !== void 0) {
                                          let data9 = data2.commit;
                                          const _errs30 = errors;
                                          if (errors === _errs30) {
                                            if (typeof data9 === "string") {
                                              if (!pattern3.test(data9)) {
                                                validate11.errors = [{ instancePath: instancePath + "/entries/" + i0 + "/commit", schemaPath: "#/definitions/entry/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{7,64}$" }, message: 'must match pattern "^[0-9a-f]{7,64}$"', schema: "^[0-9a-f]{7,64}$", parentSchema: schema15.properties.commit, data: data9 }];
                                                return false;
                                              }
                                            } else {
                                              validate11.errors = [{ instancePath: instancePath + "/entries/" + i0 + "/commit", schemaPath: "#/definitions/entry/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.commit.type, parentSchema: schema15.properties.commit, data: data9 }];
                                              return false;
                                            }
                                          }
                                          var valid6 = _errs30 === errors;
                                        } else {
                                          var valid6 = true;
                                        }
                                        if (valid6) {
                                          if (data2.importedFrom !== void 0) {
                                            let data10 = data2.importedFrom;
                                            const _errs32 = errors;
                                            if (!(data10 === "gitleaks" || data10 === "detect-secrets")) {
                                              validate11.errors = [{ instancePath: instancePath + "/entries/" + i0 + "/importedFrom", schemaPath: "#/definitions/entry/properties/importedFrom/enum", keyword: "enum", params: { allowedValues: schema15.properties.importedFrom.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.importedFrom.enum, parentSchema: schema15.properties.importedFrom, data: data10 }];
                                              return false;
                                            }
                                            var valid6 = _errs32 === errors;
                                          } else {
                                            var valid6 = true;
                                          }
                                          if (valid6) {
                                            if (data2.reason !== void 0) {
                                              let data11 = data2.reason;
                                              const _errs33 = errors;
                                              if (typeof data11 !== "string") {
                                                validate11.errors = [{ instancePath: instancePath + "/entries/" + i0 + "/reason", schemaPath: "#/definitions/entry/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.reason.type, parentSchema: schema15.properties.reason, data: data11 }];
                                                return false;
                                              }
                                              var valid6 = _errs33 === errors;
                                            } else {
                                              var valid6 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate11.errors = [{ instancePath: instancePath + "/entries/" + i0, schemaPath: "#/definitions/entry/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data2 }];
                        return false;
                      }
                    }
                    var valid1 = _errs5 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate11.errors = [{ instancePath: instancePath + "/entries", schemaPath: "#/properties/entries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.entries.type, parentSchema: schema14.properties.entries, data: data1 }];
                  return false;
                }
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data }];
      return false;
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}

// src/config/schema-check.ts
function schemaProblem(name, data) {
  const validate = schema_validators_generated_exports[name];
  if (validate(data)) return void 0;
  return describeError(validate.errors[0]);
}
function keyLabel(path) {
  return path.map((key, i) => typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`).join("");
}
function describeError(error) {
  const path = error.instancePath.split("/").slice(1).map(unescapePointer);
  const at2 = path.length ? `"${keyLabel(path)}"` : "the top level";
  const schema = error.parentSchema;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = error.params.additionalProperty;
      const known = Object.keys(schema.properties ?? {}).join(", ");
      return { path: [...path, key], message: `unknown key "${key}"${path.length ? ` in ${at2}` : ""} (known: ${known})` };
    }
    case "required":
      return { path, message: `${at2} needs "${error.params.missingProperty}"` };
    case "anyOf":
      return { path, message: `${at2} needs one of ${alternatives(schema.anyOf ?? [])}` };
    default:
      return { path, message: `${at2} must be ${describe(schema)}` };
  }
}
function describe(schema) {
  if (schema.enum) return `one of ${schema.enum.join(", ")}`;
  if (schema.const !== void 0) return JSON.stringify(schema.const);
  return [schema.type ?? "any"].flat().map((type) => {
    if (type === "array") return schema.items?.type === "string" ? "a list of strings" : "a list";
    if (type === "integer") return wholeNumber(schema);
    if (type === "string" && schema.pattern) return `a string matching ${schema.pattern}`;
    if (type === "string") return schema.minLength ? "a non-empty string" : "a string";
    if (type === "object") return "a mapping";
    return `a ${type}`;
  }).join(" or ");
}
function wholeNumber({ minimum, maximum }) {
  if (minimum !== void 0 && maximum !== void 0) return `a whole number from ${minimum} to ${maximum}`;
  return minimum === void 0 ? "a whole number" : `a whole number of at least ${minimum}`;
}
var alternatives = (branches) => branches.map((branch) => branch.required?.map((key) => `"${key}"`).join(" and ")).join(", ");
var unescapePointer = (segment) => /^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, "/").replace(/~0/g, "~");

// src/read-data-file.ts
import { closeSync as closeSync2, constants as constants2, fstatSync as fstatSync2, openSync as openSync2, readFileSync as readFileSync4 } from "node:fs";

// src/sources/read-text.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var BINARY_EXTENSIONS = new Set(
  "png jpg jpeg gif bmp ico icns webp tif tiff psd ai heic avif pdf zip gz tgz bz2 xz zst 7z rar jar war ear class so dll dylib exe bin o a lib obj pdb woff woff2 ttf otf eot mp3 mp4 m4a mov avi mkv wav flac ogg webm pyc pyo wasm sqlite sqlite3 db iso dmg img deb rpm apk ipa aab parquet avro pkl pt pth onnx h5 npy npz tflite xls xlsx doc docx ppt pptx odt ods keystore jks der".split(" ")
);
function hasBinaryExtension(path) {
  const dot = path.lastIndexOf(".");
  return dot > path.lastIndexOf("/") + 1 && BINARY_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}
var MAX_FILE_SIZE_LIMIT = 256 * 1024 * 1024;
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

// src/read-data-file.ts
function readWholeFile(file, what) {
  let fd;
  try {
    fd = openSync2(file, constants2.O_RDONLY | (constants2.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new ScanError(`cannot read ${what} ${file}: ${error.code ?? "error"}`, "check the path");
  }
  try {
    const stat = fstatSync2(fd);
    if (!stat.isFile()) throw new ScanError(`cannot read ${what} ${file}: not a regular file`, "check the path");
    if (stat.size > MAX_FILE_SIZE_LIMIT) throw new ScanError(`cannot read ${what} ${file}: larger than ${MAX_FILE_SIZE_LIMIT} bytes`, "check the path");
    return readFileSync4(fd, "utf8");
  } finally {
    closeSync2(fd);
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
async function readYamlSource(file, what) {
  const text = readWholeFile(file, what);
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = (await Promise.resolve().then(() => __toESM(require_dist(), 1))).default;
  const counter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, logLevel: "error" });
  } catch (error) {
    throw new ConfigError(`${file}: not valid YAML or JSON: ${error.message.split("\n")[0]}`);
  }
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
  let data;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    throw new ConfigError(`${file}: not valid YAML or JSON: ${error.message.split("\n")[0]}`);
  }
  return {
    file,
    data,
    locate: (path) => {
      const line = lineOf(path);
      return line === void 0 ? file : `${file}:${line}`;
    }
  };
}

// src/config/read-config-file.ts
async function readConfigFile(file) {
  const source = await readYamlSource(file, "config");
  const problem = schemaProblem("config", source.data);
  if (problem) throw new ConfigError(`${source.locate(problem.path)}: ${problem.message}`, "see docs/configuration.md");
  const raw = source.data;
  const named = (list, path) => (list ?? []).map((name, i) => ({ name, at: at(source, [...path, i]) }));
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
        throw new ConfigError(`${at(source, path)} needs "paths", "values" or "stopwords"`, "to turn a rule off, use rules.disable");
      }
      return {
        at: at(source, path),
        rules: entry.rules && named(entry.rules, [...path, "rules"]),
        paths: entry.paths ?? [],
        values: (entry.values ?? []).map((value, j) => regex(source, value, [...path, "values", j])),
        stopwords: (entry.stopwords ?? []).map((word) => word.toLowerCase())
      };
    })
  };
}
var at = (source, path) => `${source.locate(path)}: "${keyLabel(path)}"`;
function existingFile(source, path, key) {
  const file = resolve(dirname3(source.file), path);
  if (!existsSync3(file)) throw new ConfigError(`${at(source, key)}: no such file ${file}`, "paths in extends are relative to the config file");
  if (!statSync(file).isFile()) throw new ConfigError(`${at(source, key)}: ${file} is not a file`, "extends names config files");
  return file;
}
function regex(source, pattern, key) {
  try {
    return compileRegex(pattern);
  } catch (error) {
    throw new ConfigError(`${at(source, key)} is not a valid regular expression: ${error.message}`);
  }
}
function customRule(source, item, key) {
  const where2 = at(source, key);
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
var EMPTY2 = { exclude: [], enable: [], disable: [], customRules: [], allow: [] };
async function loadConfig(dirs, explicit) {
  const file = explicit ?? findConfigFile(dirs);
  if (file === void 0) return EMPTY2;
  return { ...await loadLayered(file, []), file };
}
function findConfigFile(dirs) {
  for (const dir of dirs) {
    for (const name of CONFIG_NAMES) {
      const candidate = join5(dir, name);
      if (existsSync4(candidate)) return candidate;
    }
  }
  return void 0;
}
async function loadLayered(file, chain) {
  if (chain.includes(file)) throw new ConfigError(`${chain.at(-1)}: "extends" loops back to ${file}`, "remove one link of the loop");
  const { extends: bases, ...own } = await readConfigFile(file);
  const layers = [];
  for (const base of bases) layers.push(await loadLayered(base, [...chain, file]));
  return [...layers, own].reduce(merge, EMPTY2);
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
function selectRules(config2, builtins = loadBuiltinRules()) {
  const all = [
    ...builtins.map((spec) => withTags(spec, ["builtin", providerOf(spec)])),
    ...config2.customRules.map((spec) => withTags(spec, ["custom"]))
  ];
  assertUniqueIds(all);
  const known = new Set(all.flatMap((spec) => [spec.id, ...spec.tags]));
  for (const named of [...config2.enable, ...config2.disable, ...config2.allow.flatMap((entry) => entry.rules ?? [])]) {
    if (!known.has(named.name)) {
      const hint = "rule ids are in rules/*.yaml; see docs/configuration.md for tags";
      throw new ConfigError(`${named.at}: no rule or tag is named "${named.name}"`, hint);
    }
  }
  const enable = names(config2.enable);
  const disable = names(config2.disable);
  const floor = CONFIDENCE_RANK[config2.minConfidence ?? "low"];
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
async function scanContext(root, options, top) {
  top ??= await workTreeTop(root);
  const dirs = top && top !== root ? [root, top] : [root];
  const loaded = await loadConfig(dirs, options.configFile && resolve2(options.cwd, options.configFile));
  const config2 = options.minConfidence ? { ...loaded, minConfidence: options.minConfidence } : loaded;
  return { root, dirs, config: config2, rules: selectRules(config2), inlineAllow: options.inlineAllow ?? true, decodeDepth: options.decodeDepth ?? DEFAULT_DECODE.depth, scannedPaths: /* @__PURE__ */ new Set() };
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
var POOL_DETECTION_SHARE = 0.5;
var BATCH_BYTES = 512 * 1024;
var BATCH_FRAGMENTS = 256;
var MAX_IN_FLIGHT = 8;
async function runScan(context, createSource, options = {}) {
  const started = performance.now();
  const { config: config2 } = context;
  const ruleset2 = compileRules(context.rules);
  const source = createSource({
    maxFileSize: options.maxFileSize ?? config2.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    isExcluded: excludeMatcher(config2.exclude)
  });
  const detectOptions = { ...DEFAULT_DECODE, depth: context.decodeDepth, inlineAllow: context.inlineAllow };
  const findings = [];
  const keep = (found) => {
    for (const finding of source.report ? source.report(found) : found) findings.push(finding);
  };
  const dispatcher = new Dispatcher(ruleset2, context.rules, detectOptions, options.workers ?? defaultWorkers());
  try {
    for await (const fragment of source.fragments()) {
      context.scannedPaths.add(fragment.path);
      const found = await dispatcher.detect(fragment);
      if (found) keep(found);
      for (const found2 of await dispatcher.settled()) keep(found2);
      options.onFragment?.(source.stats, findings.length + (source.held ?? 0));
    }
    for (const found of await dispatcher.drain()) keep(found);
    if (source.settle) findings.push(...source.settle());
  } finally {
    await dispatcher.close();
  }
  for (const skip of source.skips) context.scannedPaths.add(skip.path);
  return {
    context,
    findings,
    skips: source.skips,
    rules: ruleset2.rules,
    stats: { ...source.stats, durationMs: Math.round(performance.now() - started) }
  };
}
var defaultWorkers = () => availableParallelism2() > 1 ? availableParallelism2() : 0;
var Dispatcher = class {
  constructor(ruleset2, specs, options, workers) {
    this.ruleset = ruleset2;
    this.specs = specs;
    this.options = options;
    this.workers = workers;
  }
  ruleset;
  specs;
  options;
  workers;
  bytes = 0;
  started = performance.now();
  detectionMs = 0;
  pool;
  batch = [];
  batchBytes = 0;
  inFlight = [];
  /** Findings of this fragment now when detected inline; undefined when it went to a worker (see settled). */
  async detect(fragment) {
    this.bytes += fragment.text.length;
    if (!this.pool && this.workers > 0 && this.bytes > POOL_THRESHOLD && this.boundByDetection()) {
      const { DetectPool: DetectPool2 } = await Promise.resolve().then(() => (init_detect_pool(), detect_pool_exports));
      this.pool = new DetectPool2(this.specs, this.options, this.workers);
    }
    if (!this.pool) {
      const start = performance.now();
      const findings = detectWithDecoding(fragment, this.ruleset, this.options);
      this.detectionMs += performance.now() - start;
      return findings;
    }
    this.batch.push(fragment);
    this.batchBytes += fragment.text.length;
    if (this.batchBytes >= BATCH_BYTES || this.batch.length >= BATCH_FRAGMENTS) this.send();
    return void 0;
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
  boundByDetection() {
    return this.detectionMs > (performance.now() - this.started) * POOL_DETECTION_SHARE;
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

// src/sources/hunk-header.ts
var COMMA = 44;
var HUNK_START = Buffer.from("@@ -");
var NEW_SIDE = Buffer.from(" +");
var HUNK_END = Buffer.from(" @@");
function startsWith(bytes, start, end, prefix) {
  if (end - start < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[start + i] !== prefix[i]) return false;
  return true;
}
var HunkHeader = class {
  /** Lines the hunk takes from the old file. */
  oldCount = 0;
  /** The new file's line number of the hunk's first line. */
  newStart = 0;
  /** Lines the hunk gives the new file. */
  newCount = 0;
  bytes = Buffer.alloc(0);
  at = 0;
  end = 0;
  /** False, the fields left as they were, for any other line. */
  read(bytes, start, end) {
    if (!startsWith(bytes, start, end, HUNK_START)) return false;
    this.bytes = bytes;
    this.at = start + HUNK_START.length;
    this.end = end;
    if (this.number() < 0) return false;
    const oldCount = this.count();
    if (oldCount < 0 || !this.skip(NEW_SIDE)) return false;
    const newStart = this.number();
    const newCount = newStart < 0 ? -1 : this.count();
    if (newCount < 0 || !this.skip(HUNK_END)) return false;
    this.oldCount = oldCount;
    this.newStart = newStart;
    this.newCount = newCount;
    return true;
  }
  /** The digits at the cursor as a number, or -1 when there are none. */
  number() {
    const { bytes, end } = this;
    const from = this.at;
    let value = 0;
    for (; this.at < end && bytes[this.at] >= 48 && bytes[this.at] <= 57; this.at++) value = value * 10 + bytes[this.at] - 48;
    return this.at > from ? value : -1;
  }
  /** `,COUNT` at the cursor, 1 when there is no comma, -1 when the count is missing. */
  count() {
    if (this.at >= this.end || this.bytes[this.at] !== COMMA) return 1;
    this.at++;
    return this.number();
  }
  skip(expected) {
    if (!startsWith(this.bytes, this.at, this.end, expected)) return false;
    this.at += expected.length;
    return true;
  }
};

// src/sources/parse-diff.ts
var PLUS = 43;
var MINUS = 45;
var SPACE = 32;
var BACKSLASH = 92;
var NEWLINE = 10;
var DIFF_GIT = Buffer.from("diff --git ");
var READ_HEADERS = /* @__PURE__ */ new Set([PLUS, "r".charCodeAt(0), "B".charCodeAt(0), "G".charCodeAt(0)]);
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
  hunk = new HunkHeader();
  /** The open file's added lines, each followed by `\n`; reused from file to file. */
  text = Buffer.allocUnsafe(64 * 1024);
  textBytes = 0;
  /** Feeds one line, bytes `start` to `end` of `bytes`; returns the previous file's diff when this line starts the next one. */
  push(bytes, start = 0, end = bytes.length) {
    if ((this.oldLeft > 0 || this.newLeft > 0) && this.hunkLine(bytes, start, end)) return void 0;
    if (startsWith(bytes, start, end, DIFF_GIT)) {
      const done = this.end();
      this.file = { headerLine: bytes.toString("utf8", start + DIFF_GIT.length, end), path: "", binary: false, tooLarge: false, lineNumbers: [], bytes: 0 };
      return done;
    }
    if (this.file) this.headerLine(this.file, bytes, start, end);
    return void 0;
  }
  /** Ends the input, or the current file before a line that is not diff (the next commit); returns that file. */
  end() {
    const file = this.file;
    this.file = void 0;
    this.oldLeft = this.newLeft = 0;
    if (!file) return void 0;
    const { headerLine, plusPath, renamedTo, ...diff } = file;
    const text = this.textBytes ? this.text.toString("utf8", 0, this.textBytes - 1) : "";
    this.textBytes = 0;
    return { ...diff, text, path: plusPath ?? renamedTo ?? pathOfDiffLine(headerLine) ?? headerLine };
  }
  headerLine(file, bytes, start, end) {
    const hunk = this.hunk;
    if (hunk.read(bytes, start, end)) {
      this.oldLeft = hunk.oldCount;
      this.nextLine = hunk.newStart;
      this.newLeft = hunk.newCount;
      return;
    }
    if (!READ_HEADERS.has(bytes[start])) return;
    const line = bytes.toString("utf8", start, end);
    if (line.startsWith("+++ ")) {
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
  hunkLine(bytes, start, end) {
    const kind = start < end ? bytes[start] : void 0;
    if (kind === PLUS) this.added(bytes, start + 1, end);
    else if (kind === MINUS) this.oldLeft--;
    else if (kind === SPACE || kind === void 0) {
      this.oldLeft--;
      this.newLeft--;
      this.nextLine++;
    } else if (kind !== BACKSLASH) {
      this.oldLeft = this.newLeft = 0;
      return false;
    }
    return true;
  }
  added(bytes, start, end) {
    const file = this.file;
    this.newLeft--;
    const lineNumber = this.nextLine++;
    file.bytes += end - start + 1;
    if (file.tooLarge) return;
    if (file.bytes > this.maxBytes) {
      file.tooLarge = true;
      file.lineNumbers = [];
      this.textBytes = 0;
      return;
    }
    this.append(bytes, start, end);
    file.lineNumbers.push(lineNumber);
  }
  /** Adds a line and its `\n` to the text; the text stays within `maxBytes`, so it grows at most to that. */
  append(bytes, start, end) {
    const needed = this.textBytes + end - start + 1;
    if (needed > this.text.length) {
      const grown2 = Buffer.allocUnsafe(Math.max(needed, Math.min(this.text.length * 2, this.maxBytes)));
      this.text.copy(grown2, 0, 0, this.textBytes);
      this.text = grown2;
    }
    const text = this.text;
    let at2 = this.textBytes;
    for (let i = start; i < end; i++) text[at2++] = bytes[i];
    text[at2++] = NEWLINE;
    this.textBytes = at2;
  }
};

// src/sources/split-lines.ts
var NEWLINE2 = 10;
var LineSplitter = class {
  constructor(maxLineBytes, onLine) {
    this.maxLineBytes = maxLineBytes;
    this.onLine = onLine;
  }
  maxLineBytes;
  onLine;
  /** The start of a line that the next chunk ends. */
  pending = [];
  pendingBytes = 0;
  write(chunk) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE2); end !== -1; end = chunk.indexOf(NEWLINE2, start)) {
      if (this.pending.length) this.joined(chunk.subarray(start, end));
      else this.onLine(chunk, start, Math.min(end, start + this.maxLineBytes + 1));
      start = end + 1;
    }
    const room = this.maxLineBytes + 1 - this.pendingBytes;
    if (start < chunk.length && room > 0) {
      const rest = chunk.subarray(start, start + room);
      this.pending.push(rest);
      this.pendingBytes += rest.length;
    }
  }
  /** The last line, when the stream does not end with `\n`. */
  end() {
    if (this.pending.length) this.joined(Buffer.alloc(0));
  }
  joined(tail) {
    const room = Math.max(0, this.maxLineBytes + 1 - this.pendingBytes);
    const line = Buffer.concat([...this.pending, tail.subarray(0, room)]);
    this.pending = [];
    this.pendingBytes = 0;
    this.onLine(line, 0, line.length);
  }
};

// src/sources/diff-source.ts
var MAX_LISTED_SKIPS = 1e3;
function diffSource(output, options) {
  const stats = { files: 0, lines: 0, bytes: 0, skipped: 0 };
  const skips = [];
  let commit;
  let renames = [];
  let nextRename = 0;
  let reported = 0;
  const skip = (file, reason) => {
    stats.skipped++;
    if (skips.length < MAX_LISTED_SKIPS) skips.push({ path: commit ? `${commit.sha.slice(0, 12)}:${file.path}` : file.path, reason });
  };
  function fragmentOf(file) {
    if (!file) return void 0;
    if (file.renamedFrom !== void 0 && options.onRename) renames.push({ from: file.renamedFrom, to: file.path, after: stats.files });
    const addsNothing = file.lineNumbers.length === 0 && !file.binary && !file.tooLarge;
    if (addsNothing || options.isExcluded(file.path)) return void 0;
    const reason = skipReason(file, options.maxFileSize);
    if (reason) {
      skip(file, reason);
      return void 0;
    }
    stats.files++;
    stats.lines += file.lineNumbers.length;
    stats.bytes += file.bytes;
    return { path: file.path, text: file.text, startLine: file.lineNumbers[0], lineMap: file.lineNumbers, commit };
  }
  return {
    stats,
    skips,
    report(findings) {
      while (nextRename < renames.length && renames[nextRename].after <= reported) {
        const { from, to } = renames[nextRename++];
        options.onRename(from, to);
      }
      if (nextRename > 0 && nextRename === renames.length) {
        renames = [];
        nextRename = 0;
      }
      reported++;
      return findings;
    },
    async *fragments() {
      const parser = new DiffParser(options.maxFileSize);
      const ready = [];
      const take = (file) => {
        const fragment = fragmentOf(file);
        if (fragment) ready.push(fragment);
      };
      const lines = new LineSplitter(options.maxFileSize, (bytes, start, end) => {
        const next = options.readCommit?.(bytes, start, end);
        take(next ? parser.end() : parser.push(bytes, start, end));
        if (next) commit = next;
      });
      for await (const batch of output()) {
        for (const chunk of batch) lines.write(chunk);
        yield* ready.splice(0);
      }
      lines.end();
      take(parser.end());
      yield* ready;
    }
  };
}
function skipReason(file, maxFileSize) {
  if (file.binary || hasBinaryExtension(file.path)) return "binary";
  if (file.tooLarge) return `larger than ${maxFileSize} bytes`;
  return void 0;
}

// src/sources/introduced-secrets.ts
var IntroducedSecrets = class {
  /** Where a path seen before a rename went: the file's path in the commits read so far (later ones). */
  laterPath = /* @__PURE__ */ new Map();
  /** By file, rule id and secret hash: the oldest commit read so far that shows it, with its findings there. */
  oldest = /* @__PURE__ */ new Map();
  /** Commits in the order they arrived, newest first, to give the findings back oldest first. */
  arrival = /* @__PURE__ */ new Map();
  read = 0;
  count = 0;
  /** A rename in the commit being read: in the commits before it, `from` is the file that `to` is after. */
  follow(from, to) {
    this.laterPath.set(from, this.laterPath.get(to) ?? to);
  }
  /** A finding of the commit being read; the same secret twice in its introducing commit is reported twice. */
  add(finding) {
    const sha = finding.commit?.sha ?? "";
    if (!this.arrival.has(sha)) this.arrival.set(sha, this.arrival.size);
    const key = `${this.laterPath.get(finding.file) ?? finding.file}\0${finding.ruleId}\0${finding.secretHash}`;
    const held = this.oldest.get(key);
    const entry = { finding, read: this.read++ };
    if (held?.sha === sha) {
      held.findings.push(entry);
    } else {
      this.count -= held?.findings.length ?? 0;
      this.oldest.set(key, { sha, findings: [entry] });
    }
    this.count++;
  }
  /** How many findings are held now: the progress line's count. */
  get size() {
    return this.count;
  }
  /** The findings held, each at its introducing commit: oldest commit first, in the order read within one. */
  introduced() {
    const held = [...this.oldest.values()].flatMap(({ sha, findings }) => findings.map((entry) => ({ ...entry, commit: this.arrival.get(sha) })));
    held.sort((a, b) => b.commit - a.commit || a.read - b.read);
    return held.map((entry) => entry.finding);
  }
};

// src/sources/history.ts
function commitOfLine(bytes, start, end) {
  if (bytes[start] !== 0) return void 0;
  const [, sha = "", author = "", email = "", date = "", ...subject] = bytes.toString("utf8", start, end).split("\0");
  return { sha, author, email, date, message: subject.join(" ") };
}
function historySource(log, options) {
  const introduced = new IntroducedSecrets();
  let commits = 0;
  const source = diffSource(() => log.chunks(), {
    ...options,
    readCommit(bytes, start, end) {
      const commit = commitOfLine(bytes, start, end);
      if (commit) commits++;
      return commit;
    },
    onRename: (from, to) => introduced.follow(from, to)
  });
  const scrubbed = /* @__PURE__ */ new Map();
  const scrub = (commit) => {
    let clean = scrubbed.get(commit.sha);
    if (!clean) scrubbed.set(commit.sha, clean = { ...commit, author: scrubSecrets(commit.author), message: scrubSecrets(commit.message) });
    return clean;
  };
  return {
    ...source,
    get stats() {
      return { ...source.stats, commits };
    },
    report(findings) {
      for (const finding of source.report(findings)) introduced.add(finding);
      return [];
    },
    get held() {
      return introduced.size;
    },
    settle: () => introduced.introduced().map((finding) => ({ ...finding, commit: finding.commit && scrub(finding.commit) }))
  };
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

// src/sources/yield-to-git.ts
import { readdirSync as readdirSync2 } from "node:fs";
import { setPriority } from "node:os";
var LOWEST = 19;
function yieldToGit() {
  let threads;
  try {
    threads = readdirSync2("/proc/self/task");
  } catch {
    return;
  }
  for (const thread of threads) {
    const id = Number(thread);
    if (id === process.pid) continue;
    try {
      setPriority(id, LOWEST);
    } catch {
    }
  }
}

// src/sources/history-log.ts
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
function startHistoryLog(cwd, selection) {
  const revisions = revisionsOf(selection);
  const log = startGit(cwd, historyArgs(revisions, selection), ["log", ...revisions.length ? revisions : ["--all"]]);
  yieldToGit();
  return log;
}

// src/scan-git.ts
async function scanHistory(options, log = startHistoryLog(options.cwd, options)) {
  try {
    return await scanLog(log, options);
  } finally {
    log.stop();
  }
}
async function scanLog(log, options) {
  const { progress } = options;
  const { context } = await contextAtTop(options, true);
  const truncated = await isShallowRepository(options.cwd);
  if (progress) countCommits(options.cwd, options).then((total) => progress.total(total), () => void 0);
  const onFragment = progress && ((stats, findings) => progress.update(stats.commits ?? 0, stats.bytes, findings));
  const result2 = await runScan(context, (sourceOptions) => historySource(log, sourceOptions), { onFragment });
  const everything = !options.branch && !options.range && !options.since;
  if (everything && result2.stats.commits === 0) {
    throw new ScanError("the repository has no commits yet", "commit something first; leakguard staged scans what is staged");
  }
  return { ...result2, stats: { ...result2.stats, truncated }, source: "history" };
}
async function contextAtTop(options, bareToo = false) {
  const top = await workTreeTop(options.cwd) ?? (bareToo ? await bareRepository(options.cwd) : void 0);
  if (top === void 0) throw new ScanError(`not inside a git work tree: ${options.cwd}`, "run it in a git repository");
  return { top, context: await scanContext(top, options, top) };
}

// src/suppress/apply-suppressions.ts
import { existsSync as existsSync7 } from "node:fs";
import { dirname as dirname5, join as join10, relative as relative3, resolve as resolve4 } from "node:path";

// src/baseline/baseline-file.ts
import { existsSync as existsSync5, renameSync, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join6 } from "node:path";
var BASELINE_NAME = ".leakguard-baseline.json";
var BASELINE_VERSION = 1;
var FIELD_ORDER = ["ruleId", "file", "fingerprint", "sha256", "sha1", "line", "commit", "importedFrom", "reason"];
var CONFLICT_MARKER = /^(?:<{7}|={7}|>{7})(?: |$)/m;
var REGENERATE = "fix it, or write a new one with leakguard baseline";
function findBaselineFile(dirs) {
  return dirs.map((dir) => join6(dir, BASELINE_NAME)).find((file) => existsSync5(file));
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
var compareStrings = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/baseline/match-baseline.ts
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
    ...withSha1 ? [`sha1\0${process.getBuiltinModule("node:crypto").createHash("sha1").update(candidate.secret).digest("hex")}`] : [],
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
import { join as join7 } from "node:path";
var IGNORE_NAME = ".leakguardignore";
var FINGERPRINT = /^[0-9a-f]{24}$/;
function findIgnoreFile(dirs) {
  return dirs.map((dir) => join7(dir, IGNORE_NAME)).find((file) => existsSync6(file));
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
import { join as join8, relative, resolve as resolve3, sep } from "node:path";
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}

// src/suppress/rebase.ts
function rebase(from, to) {
  const source = realFolder(from);
  const target = realFolder(to);
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
  return revisions.filter((_, i) => !present[i]);
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
    await fetchFromOrigin(cwd, ["--no-tags", ...shallow ? ["--unshallow"] : [], "origin", ...wanted.map((r) => r.refspec)], names2);
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
import { appendFileSync, readFileSync as readFileSync5 } from "node:fs";
function readEvent(env2) {
  const name = env2.GITHUB_EVENT_NAME;
  const path = env2.GITHUB_EVENT_PATH;
  if (!name || !path) throw new ScanError("GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set", "the action runs in a GitHub Actions workflow");
  let payload;
  try {
    payload = JSON.parse(readFileSync5(path, "utf8"));
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
  const range = [...plan.tips.map((r) => r.rev), ...plan.known.map((r) => `^${r.rev}`)].join(" ");
  return { range, since, mergeDiff: "remerge" };
}
async function runAction(env2, cwd) {
  const log = (line) => process.stdout.write(`${scrubSecrets(line)}
`);
  const inputs = readInputs(env2);
  const event = readEvent(env2);
  if (await workTreeTop(cwd) === void 0) throw new ScanError(`no git work tree at ${cwd}`, "run actions/checkout with fetch-depth: 0 before leakguard");
  const plan = await ensureCommits(cwd, planScan(event, inputs.selection), log);
  if (plan.kind === "nothing") {
    log(`leakguard: nothing to scan: ${plan.what}`);
    appendSummary(env2, `## leakguard

Nothing to scan: ${scrubSecrets(plan.what)}.
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
Scope: ${scrubSecrets(plan.what)}.
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
