#!/usr/bin/env bash
# Re-vendors the browser libraries into src/Regie.Web/wwwroot/lib/ (committed, so the app needs no JS build step).
# npm runs in a temp folder: the repo gets only the dist files and their licences.
set -euo pipefail
cd "$(dirname "$0")/.."
lib=src/Regie.Web/wwwroot/lib
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm init -y >/dev/null \
  && npm install --no-audit --no-fund htmx.org@2 cytoscape cytoscape-dagre echarts >/dev/null)
m="$tmp/node_modules"

# cytoscape-dagre's dist bundles @dagrejs/dagre and @dagrejs/graphlib (dev dependencies, so npm does not
# install them); fetch those two only for their licence texts, at the versions the bundle declares.
dagre=$(grep -o '"@dagrejs/dagre": "[^"]*"' "$m/cytoscape-dagre/package.json" | grep -o '[0-9][0-9.]*')
graphlib=$(grep -o 'var pn="[0-9.]*"' "$m/cytoscape-dagre/dist/cytoscape-dagre.js" | grep -o '[0-9][0-9.]*' || echo 4)
(cd "$tmp" && npm pack --silent "@dagrejs/dagre@$dagre" "@dagrejs/graphlib@$graphlib" >/dev/null \
  && for t in dagrejs-*.tgz; do mkdir -p "x/${t%%-[0-9]*}" && tar -xzf "$t" -C "x/${t%%-[0-9]*}"; done)

mkdir -p "$lib/LICENSES"
cp "$m/htmx.org/dist/htmx.min.js" "$lib/htmx.min.js"
cp "$m/cytoscape/dist/cytoscape.min.js" "$lib/cytoscape.min.js"
cp "$m/cytoscape-dagre/dist/cytoscape-dagre.min.js" "$lib/cytoscape-dagre.min.js"
cp "$m/echarts/dist/echarts.min.js" "$lib/echarts.min.js"

cp "$m/htmx.org/LICENSE" "$lib/LICENSES/htmx.txt"
cp "$m/cytoscape/LICENSE" "$lib/LICENSES/cytoscape.txt"
cp "$m/cytoscape-dagre/LICENSE" "$lib/LICENSES/cytoscape-dagre.txt"
cp "$tmp/x/dagrejs-dagre/package/LICENSE" "$lib/LICENSES/dagre.txt"
cp "$tmp/x/dagrejs-graphlib/package/LICENSE" "$lib/LICENSES/graphlib.txt"
# Apache-2.0 asks that NOTICE travels with the code; echarts.min.js also bundles zrender, tslib and parts of d3.
cat "$m/echarts/LICENSE" <(printf '\n\n==== NOTICE ====\n\n') "$m/echarts/NOTICE" > "$lib/LICENSES/echarts.txt"
cp "$m/zrender/LICENSE" "$lib/LICENSES/zrender.txt"
cp "$m/tslib/LICENSE.txt" "$lib/LICENSES/tslib.txt"
cp "$m/echarts/licenses/LICENSE-d3" "$lib/LICENSES/d3.txt"

{
  echo "Vendored by scripts/vendor-frontend.sh on $(date -u +%F). Package, version, licence:"
  for p in htmx.org cytoscape cytoscape-dagre echarts zrender tslib; do
    node -p "const j=require('$m/$p/package.json'); j.name+' '+j.version+' '+j.license"
  done
  echo "@dagrejs/dagre $dagre MIT (bundled in cytoscape-dagre.min.js)"
  echo "@dagrejs/graphlib $graphlib MIT (bundled in cytoscape-dagre.min.js)"
  echo "zrender, tslib and parts of d3 are bundled in echarts.min.js"
} > "$lib/VERSIONS.txt"
cat "$lib/VERSIONS.txt"
