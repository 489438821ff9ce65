// The dependency graph on /graph. The page embeds the graph (#graph-data) and its UI words (#graph-text),
// so drawing needs no extra request. Edges point from dependant to dependency, so dagre's left-to-right
// ranks read: processes → services → vendors → parents → countries.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('graph-data').textContent);
  const text = JSON.parse(document.getElementById('graph-text').textContent);
  const container = document.getElementById('graph');
  const panel = document.getElementById('graph-panel');
  const form = document.getElementById('graph-filters');

  const colours = { eu: '#2e7d32', us: '#c62828', other: '#ef6c00', unknown: '#9e9e9e', board: '#37474f' };
  const shapes = { process: 'round-rectangle', service: 'ellipse', vendor: 'diamond', parent: 'hexagon', provider: 'barrel', country: 'tag' };
  // Integrations only degrade a service (DependencyAnalysis.IsHard), so they do not make anyone a dependant.
  const carries = e => e.kind !== 'integratesWith';

  const byId = new Map(data.nodes.map(n => [n.id, n]));
  const incoming = new Map(data.nodes.map(n => [n.id, []]));
  const outgoing = new Map(data.nodes.map(n => [n.id, []]));
  for (const e of data.edges) {
    outgoing.get(e.source)?.push(e);
    incoming.get(e.target)?.push(e);
  }

  function reach(start, step) {
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) {
      for (const next of step(queue.shift())) {
        if (!seen.has(next)) { seen.add(next); queue.push(next); }
      }
    }
    seen.delete(start);
    return seen;
  }
  const dependantsOf = id => reach(id, n => incoming.get(n).filter(carries).map(e => e.source));
  const dependenciesOf = id => reach(id, n => outgoing.get(n).filter(carries).map(e => e.target));

  // The visible part of the graph for the filters. Edges through hidden nodes are bridged, so hiding the
  // vendor layer still shows that a service leads to its parent company.
  function view(filters) {
    const visible = new Set(data.nodes.filter(n =>
      !(filters.hideVendors && (n.kind === 'vendor' || n.kind === 'parent')) &&
      !(filters.hideCountries && n.kind === 'country')).map(n => n.id));
    if (filters.process) {
      const keep = dependenciesOf(filters.process).add(filters.process);
      for (const id of [...visible]) if (!keep.has(id)) visible.delete(id);
    }
    const edges = new Map();
    for (const source of visible) {
      const stack = outgoing.get(source).map(e => ({ e, via: false }));
      const seen = new Set();
      while (stack.length) {
        const { e, via } = stack.pop();
        if (visible.has(e.target)) {
          const kind = via ? 'via' : e.kind;
          edges.set(source + '>' + e.target + ':' + kind, { source, target: e.target, kind });
        } else if (!seen.has(e.target) && byId.has(e.target)) {
          seen.add(e.target);
          outgoing.get(e.target).forEach(next => stack.push({ e: next, via: true }));
        }
      }
    }
    return [
      ...[...visible].map(id => ({ group: 'nodes', data: byId.get(id) })),
      ...[...edges.values()].map((e, i) => ({ group: 'edges', data: { id: 'e' + i, ...e } })),
    ];
  }

  // Readable on load: the graph fits its box, and a label is drawn only where it shows at MIN_LABEL_PX or more (class
  // "unreadable" otherwise; cytoscape's min-zoomed-font-size rounds the zoom up to a power of two, so it cannot say).
  // Labels grow with criticality, and the box is as tall as the graph needs for the labels of nodes of criticality
  // READABLE_FROM and up to reach that size; smaller nodes show their label on hover or when zoomed in.
  const MIN_LABEL_PX = 12;
  const READABLE_FROM = 4;
  const PADDING = 24;
  const NODE_SEP = 4;
  const MIN_HEIGHT = 420;
  const MAX_HEIGHT = 2400;
  const sizeOf = criticality => 10 + 4 * criticality;
  const fontOf = criticality => 10 + 3 * criticality;
  const size = n => sizeOf(n.data('criticality'));
  const fontSize = n => fontOf(n.data('criticality'));
  let labelWidth = 150;

  const cy = cytoscape({
    container,
    maxZoom: 2.5,
    style: [
      { selector: 'node', style: {
        'background-color': n => colours[n.data('zone')] || colours.unknown,
        'shape': n => shapes[n.data('kind')] || 'ellipse',
        'width': size,
        'height': size,
        // Labels sit right of the node, in the gap between ranks, so nodes of one rank can stand close together.
        'label': 'data(label)', 'font-size': fontSize, 'color': '#1f2328',
        'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 4, 'text-wrap': 'ellipsis', 'text-max-width': () => labelWidth,
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
        'border-width': 1, 'border-color': '#fff' } },
      { selector: 'node.unreadable', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
      // What is known colours the node; a parent that is not known shows as a dashed rim (Jurisdiction.AsFarAsKnown).
      { selector: 'node[?parentUnknown]', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#1f2328' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-style': 'solid', 'border-color': '#1565c0' } },
      { selector: 'node.dependant', style: { 'border-width': 3, 'border-style': 'solid', 'border-color': '#fbc02d' } },
      { selector: 'edge', style: {
        'width': 1, 'line-color': '#b0b0b0', 'target-arrow-color': '#b0b0b0',
        'target-arrow-shape': 'triangle', 'arrow-scale': 0.7, 'curve-style': 'bezier' } },
      { selector: 'edge[kind = "signsInThrough"]', style: { 'line-style': 'dashed', 'line-color': '#1565c0', 'target-arrow-color': '#1565c0', 'width': 2 } },
      { selector: 'edge[kind = "hostedOn"]', style: { 'line-color': '#555', 'target-arrow-color': '#555', 'width': 2 } },
      { selector: 'edge[kind = "integratesWith"]', style: { 'line-style': 'dotted', 'line-color': '#777', 'target-arrow-color': '#777', 'width': 2 } },
      { selector: 'edge[kind = "via"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 6] } },
    ],
  });
  window.regieGraph = cy;

  function dagre(rankSep) {
    cy.layout({ name: 'dagre', rankDir: 'LR', nodeSep: NODE_SEP, rankSep, fit: false, animate: false }).run();
  }

  function hideUnreadableLabels() {
    const zoom = cy.zoom();
    // A hundredth of a pixel of slack: the fit's zoom can land a rounding error below the readable zoom it was sized for.
    cy.batch(() => cy.nodes().forEach(n => n.toggleClass('unreadable', fontSize(n) * zoom < MIN_LABEL_PX - 0.01)));
  }
  cy.on('zoom', hideUnreadableLabels);

  function fit() {
    cy.fit(cy.elements(), PADDING);
    hideUnreadableLabels();
  }

  function layout() {
    if (cy.nodes().empty()) return;
    const width = container.clientWidth - 2 * PADDING;
    const readable = MIN_LABEL_PX / fontOf(READABLE_FROM);
    // First pass: how many ranks there are. Then spread them over the box's width at the readable zoom, so the labels
    // get the room between them.
    dagre(150);
    const ranks = new Set(cy.nodes().map(n => Math.round(n.position('x')))).size;
    const widest = Math.max(...cy.nodes().map(size));
    const rankSep = Math.max(120, Math.min(320, width / readable / (ranks + 0.5) - widest));
    labelWidth = rankSep - 12;
    dagre(rankSep);
    cy.style().update();
    const box = cy.elements().boundingBox();
    const zoom = Math.min(readable, width / box.w);
    container.style.height = Math.ceil(Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, box.h * zoom + 2 * PADDING))) + 'px';
    cy.resize();
    fit();
  }

  // A label too small to draw at this zoom appears on hover, at the minimum size or more, with room for the whole name.
  cy.on('mouseover', 'node', evt => {
    const node = evt.target;
    node.style({ 'font-size': Math.max(fontSize(node), (MIN_LABEL_PX + 2) / cy.zoom()), 'text-max-width': 400 / cy.zoom(),
      'text-opacity': 1, 'text-background-opacity': 1, 'z-index': 99 });
  });
  cy.on('mouseout', 'node', evt => evt.target.removeStyle('font-size text-max-width text-opacity text-background-opacity z-index'));

  // The box can be taller than the screen: the wheel scrolls the page, Ctrl + wheel (or a pinch) zooms the graph.
  container.addEventListener('wheel', evt => cy.userZoomingEnabled(evt.ctrlKey || evt.metaKey), { capture: true, passive: true });

  function filters() {
    return {
      hideVendors: form.elements.hideVendors.checked,
      hideCountries: form.elements.hideCountries.checked,
      process: form.elements.process.value,
    };
  }

  function draw() {
    cy.elements().remove();
    cy.add(view(filters()));
    layout();
  }

  function element(tag, textContent, attributes) {
    const el = document.createElement(tag);
    if (textContent !== undefined) el.textContent = textContent;
    Object.entries(attributes || {}).forEach(([k, v]) => el.setAttribute(k, v));
    return el;
  }

  // The colour's word, and that the parent is not known where the colour comes from a company lower in the chain.
  const zoneText = node => text.zones[node.zone] + (node.parentUnknown && node.zone !== 'unknown' ? ', ' + text.parentUnknown : '');

  function nodeItem(node) {
    const li = element('li');
    if (node.href) li.append(element('a', node.label, { href: node.href }));
    else li.append(node.label);
    if (node.kind === 'service' || node.kind === 'parent' || node.kind === 'provider') {
      li.append(' ', element('span', '(' + zoneText(node) + ')', { class: 'muted' }));
    }
    return li;
  }

  function listInto(parent, heading, nodes) {
    parent.append(element('h3', heading + ' (' + nodes.length + ')'));
    if (nodes.length === 0) parent.append(element('p', text.none));
    for (const kind of ['process', 'service', 'vendor', 'parent', 'provider', 'country']) {
      const group = nodes.filter(d => d.kind === kind).sort((a, b) => a.label.localeCompare(b.label));
      if (group.length === 0) continue;
      parent.append(element('h4', text.kindsPlural[kind] + ' (' + group.length + ')'));
      const ul = element('ul', undefined, { 'data-kind': kind });
      group.forEach(d => ul.append(nodeItem(d)));
      parent.append(ul);
    }
  }

  function showPanel(id) {
    const node = byId.get(id);
    const dependants = [...dependantsOf(id)].map(d => byId.get(d));
    const dependencies = [...dependenciesOf(id)].map(d => byId.get(d));
    panel.replaceChildren();
    panel.append(element('h2', node.label));
    panel.append(element('p', text.kinds[node.kind] + ' · ' + (node.kind === 'process'
      ? text.criticality + ' ' + node.criticality
      : zoneText(node) + (node.jurisdiction ? ' (' + node.jurisdiction + ')' : ''))));
    if (node.href) {
      const p = element('p');
      p.append(element('a', text.openService, { href: node.href }));
      panel.append(p);
    }
    const upstream = element('section', undefined, { id: 'graph-dependants' });
    const downstream = element('section', undefined, { id: 'graph-dependencies' });
    panel.append(upstream, downstream);
    listInto(upstream, text.dependants, dependants);
    listInto(downstream, text.dependencies, dependencies);

    cy.nodes().removeClass('dependant');
    const ids = new Set(dependants.map(d => d.id));
    const near = new Set([id, ...ids, ...dependencies.map(d => d.id)]);
    cy.nodes().filter(n => ids.has(n.id())).addClass('dependant');
    // Bring the node and what hangs on it into view: in a graph this size that is the answer to "what breaks".
    const focus = cy.nodes().filter(n => near.has(n.id()));
    if (focus.nonempty()) cy.fit(focus, 40);
  }
  const hint = [...panel.childNodes].map(n => n.cloneNode(true));
  function clearPanel() {
    cy.nodes().removeClass('dependant');
    panel.replaceChildren(...hint.map(n => n.cloneNode(true)));
  }

  cy.on('tap', 'node', evt => {
    cy.nodes().unselect();
    evt.target.select();
    showPanel(evt.target.id());
  });
  // A tap on the background clears the selection and shows the whole graph again.
  cy.on('tap', evt => {
    if (evt.target !== cy) return;
    clearPanel();
    fit();
  });

  // Names in the concentration tables open the same panel.
  document.addEventListener('click', evt => {
    const button = evt.target.closest('[data-node]');
    if (!button || !byId.has(button.dataset.node)) return;
    cy.nodes().unselect();
    cy.getElementById(button.dataset.node).select();
    showPanel(button.dataset.node);
    container.scrollIntoView({ behavior: 'smooth' });
  });

  // Filters apply at once; the URL keeps them, so a filtered view can be shared.
  form.addEventListener('change', () => {
    const params = new URLSearchParams(new FormData(form));
    history.replaceState(null, '', location.pathname + (params.toString() ? '?' + params : ''));
    clearPanel();
    draw();
  });
  form.addEventListener('submit', evt => { evt.preventDefault(); draw(); });
  form.querySelector('[type=submit]')?.remove();

  draw();
})();
