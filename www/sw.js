// Service worker (docs/offline.md): precaches the built site, serves it cache-first so the page works offline, and keeps one version only.
// scripts/sw.sh (Trunk's post_build hook) writes the build's version and files into V and F below.
"use strict";
const V = "dev", F = [];
const S = self.registration.scope, P = "ade-advisor " + new URL(S).pathname + " ", C = P + V;
const U = new Set(F.map(f => new URL(f, S).href));
// Install: every file of this build, fetched past the HTTP cache; any failure keeps the old version.
self.addEventListener("install", e =>
  e.waitUntil(caches.open(C).then(c => c.addAll(F.map(f => new Request(new URL(f, S), { cache: "no-cache" }))))));
// Activate: delete every other version's cache of this app (same scope), then control open pages.
self.addEventListener("activate", e =>
  e.waitUntil(caches.keys()
    .then(k => Promise.all(k.filter(n => n.startsWith(P) && n !== C).map(n => caches.delete(n))))
    .then(() => self.clients.claim())));
// The page's "Reload" button on the update notice.
self.addEventListener("message", e => { if (e.data === "skip-waiting") self.skipWaiting(); });
// Cache-first for this build's files (each language's page for its directory too: `./` and
// `ja/`); anything else, any other method and any other origin go to the network untouched.
self.addEventListener("fetch", e => {
  const r = e.request;
  if (r.method !== "GET") return;
  const u = new URL(r.url);
  if (r.mode === "navigate") u.search = "";
  const k = r.mode === "navigate" && u.href.endsWith("/") ? u.href + "index.html" : u.href;
  if (!U.has(k)) return;
  e.respondWith(caches.open(C).then(c => c.match(k)).then(m => m || fetch(r)));
});
