//go:build !wasm

package main

import "strings"

// workerTemplate returns the service worker of the app (go-app fills in
// {{.Version}} and {{.ResourcesToCache}}). It differs from go-app's default
// in what offline use needs:
//
//   - install fetches every resource with cache: "reload", so a new version
//     never mixes with files from the HTTP cache, and stores redirected
//     responses as plain ones (a redirected response cannot answer a
//     navigation);
//   - except app.wasm on the first install: the page that registered the
//     worker is downloading it at that moment, and a second download would
//     halve a slow connection's speed and double the bytes. The page puts
//     its own copy into the worker's cache once the app runs (wasm/ui/salin.go);
//     the worker waits for it, and downloads app.wasm itself only when no
//     copy came (the page was closed first);
//   - a navigation to any page of the app that is not cached, or that the
//     network cannot answer, gets the cached start page (shell): go-app then
//     routes to the page on the client, so every page starts offline;
//   - requests to other origins and non-GET requests are left alone.
//
// The old caches are deleted on activation; when there were some (an
// update, not the first install) the worker claims the open pages, and
// go-app's update notice (OnAppUpdate) tells them the new version is ready.
func workerTemplate(shell string) string {
	return strings.ReplaceAll(workerJS, "{{.Shell}}", shell)
}

const workerJS = `// sakip service worker, version {{.Version}}.
const cacheName = "sakip-{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
const shellURL = "{{.Shell}}";

self.addEventListener("install", (event) => {
  event.waitUntil(install().then(() => self.skipWaiting()));
});

// pageWasmWait is how long a first install waits for the page's copy of
// app.wasm (a 2 MB download on a weak signal takes a minute or more).
const pageWasmWait = 240000;

async function install() {
  const cache = await caches.open(cacheName);
  const first = !self.registration.active;
  await Promise.all(resourcesToCache.map(async (url) => {
    if (first && url.endsWith("/app.wasm") && await copied(cache, url, pageWasmWait)) {
      return;
    }
    const response = await fetch(new Request(url, { cache: "reload" }));
    if (!response.ok) {
      throw new Error("sakip: cannot cache " + url + ": " + response.status);
    }
    await cache.put(url, await plain(response));
  }));
}

// copied waits until the cache holds url (put there by the page) or ms
// have passed; it reports whether the copy came.
async function copied(cache, url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cache.match(url)) {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

// plain returns a response that is not marked as redirected.
async function plain(response) {
  if (!response.redirected) {
    return response;
  }
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const old = (await caches.keys()).filter((k) => k !== cacheName);
    await Promise.all(old.map((k) => caches.delete(k)));
    // Take over open pages only when replacing a previous version: go-app
    // then tells them a new version is ready. On the first install there
    // is nothing to replace, and claiming would make go-app announce an
    // update that is not one.
    if (old.length > 0) {
      await self.clients.claim();
    }
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(respond(request));
});

async function respond(request) {
  const cache = await caches.open(cacheName);
  const navigate = request.mode === "navigate";
  const cached = await cache.match(request, { ignoreSearch: navigate });
  if (cached) {
    return cached;
  }
  try {
    const response = await fetch(request);
    if (navigate && !response.ok) {
      return (await cache.match(shellURL)) || response;
    }
    return response;
  } catch (err) {
    if (navigate) {
      const shell = await cache.match(shellURL);
      if (shell) {
        return shell;
      }
    }
    throw err;
  }
}
`
