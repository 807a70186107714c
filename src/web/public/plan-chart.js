// Draws the plan charts (src/web/pages/plan-sections.ts) with Chart.js: weekly volume as bars (stacked per
// muscle group for lifting), intensity as a line on the right axis, the plan's blocks or phases as shaded
// bands, deload / cutback / taper / race weeks marked, and the current week outlined. The numbers come from
// a JSON data block the server rendered from the engine's weeks.
'use strict';
(function () {
  var dataEl = document.getElementById('plan-charts');
  if (!dataEl || typeof window.Chart === 'undefined') return;
  var specs = JSON.parse(dataEl.textContent || '[]');

  var BAND_COLORS = {
    accumulation: 'rgba(78, 121, 167, 0.14)',
    intensification: 'rgba(242, 142, 43, 0.18)',
    realization: 'rgba(225, 87, 89, 0.16)',
    deload: 'rgba(89, 161, 79, 0.24)',
    base: 'rgba(89, 161, 79, 0.16)',
    build: 'rgba(78, 121, 167, 0.15)',
    peak: 'rgba(242, 142, 43, 0.20)',
    taper: 'rgba(176, 122, 161, 0.24)',
  };
  // Tableau 10: distinct, colour-blind-friendlier than the defaults.
  var PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
  var SHORT = { Deload: 'DL', Cutback: 'CB', Taper: 'T', Race: 'R' };

  function bandColor(kind) {
    return BAND_COLORS[kind] || 'rgba(0, 0, 0, 0.05)';
  }

  // Shaded bands behind the bars, with their names; marks and the current week in front.
  var planLayers = {
    id: 'cadencePlanLayers',
    beforeDatasetsDraw: function (chart) {
      var spec = chart.options.plugins.cadencePlanLayers.spec;
      var x = chart.scales.x;
      var area = chart.chartArea;
      var ctx = chart.ctx;
      var step = spec.weeks.length > 1 ? x.getPixelForValue(1) - x.getPixelForValue(0) : area.right - area.left;
      ctx.save();
      spec.bands.forEach(function (b) {
        var left = Math.max(area.left, x.getPixelForValue(b.from - 1) - step / 2);
        var right = Math.min(area.right, x.getPixelForValue(b.to - 1) + step / 2);
        ctx.fillStyle = bandColor(b.kind);
        ctx.fillRect(left, area.top, right - left, area.bottom - area.top);
        ctx.fillStyle = '#4a5563';
        ctx.font = '600 10px system-ui, sans-serif';
        ctx.textBaseline = 'top';
        // A name that does not fit is left to the legend below the chart rather than cut to "Ac".
        if (ctx.measureText(b.label).width <= right - left - 4) ctx.fillText(b.label, left + 2, area.top + 2);
      });
      ctx.restore();
    },
    afterDatasetsDraw: function (chart) {
      var spec = chart.options.plugins.cadencePlanLayers.spec;
      var x = chart.scales.x;
      var area = chart.chartArea;
      var ctx = chart.ctx;
      var step = spec.weeks.length > 1 ? x.getPixelForValue(1) - x.getPixelForValue(0) : 40;
      ctx.save();
      ctx.textAlign = 'center';
      ctx.textBaseline = 'top';
      ctx.font = '600 10px system-ui, sans-serif';
      Object.keys(spec.marks).forEach(function (week) {
        var text = spec.marks[week];
        if (step < ctx.measureText(text).width + 4) text = SHORT[text] || text.charAt(0);
        var px = x.getPixelForValue(Number(week) - 1);
        ctx.fillStyle = '#1d2430';
        ctx.fillText(text, px, area.top + 15);
      });
      if (spec.currentWeek) {
        var cx = x.getPixelForValue(spec.currentWeek - 1);
        ctx.strokeStyle = '#0b6bcb';
        ctx.lineWidth = 2;
        ctx.setLineDash([4, 3]);
        ctx.strokeRect(cx - step / 2 + 1, area.top + 1, step - 2, area.bottom - area.top - 2);
        ctx.setLineDash([]);
        ctx.fillStyle = '#0b6bcb';
        ctx.fillText('now', cx, area.bottom - 14);
      }
      ctx.restore();
    },
    afterRender: function (chart) {
      chart.canvas.dataset.rendered = 'true';
    },
  };

  function legend(spec) {
    var el = document.querySelector('[data-legend-for="' + spec.id + '"]');
    if (!el) return;
    var seen = {};
    var parts = [];
    spec.bands.forEach(function (b) {
      if (seen[b.kind]) return;
      seen[b.kind] = true;
      parts.push({ color: bandColor(b.kind), text: b.label });
    });
    el.textContent = 'Shaded: ';
    parts.forEach(function (p) {
      var sw = document.createElement('span');
      sw.className = 'swatch';
      sw.style.background = p.color;
      el.appendChild(sw);
      el.appendChild(document.createTextNode(p.text));
    });
    var marks = {};
    Object.keys(spec.marks).forEach(function (w) { marks[spec.marks[w]] = true; });
    var names = Object.keys(marks);
    if (names.length) {
      el.appendChild(document.createTextNode('. Marked weeks: ' + names.map(function (n) { return n + (SHORT[n] ? ' (' + SHORT[n] + ')' : ''); }).join(', ') + '.'));
    }
    if (spec.currentWeek) el.appendChild(document.createTextNode(' Dashed outline: this week.'));
  }

  specs.forEach(function (spec) {
    var canvas = document.querySelector('canvas[data-chart="' + spec.id + '"]');
    if (!canvas) return;
    var stacked = spec.volume.length > 1;
    var datasets = spec.volume.map(function (s, i) {
      return {
        type: 'bar',
        label: s.label,
        data: s.values,
        backgroundColor: PALETTE[i % PALETTE.length],
        stack: 'volume',
        yAxisID: 'y',
        order: 2,
        barPercentage: 0.8,
        categoryPercentage: 0.85,
      };
    });
    datasets.push({
      type: 'line',
      label: spec.intensity.label,
      data: spec.intensity.values,
      borderColor: '#1d2430',
      backgroundColor: '#1d2430',
      borderWidth: 2,
      pointRadius: 2,
      tension: 0.2,
      yAxisID: 'y1',
      order: 1,
      spanGaps: true,
    });
    var narrow = window.matchMedia('(max-width: 600px)').matches;
    new window.Chart(canvas, {
      data: { labels: spec.weeks.map(function (w) { return 'W' + w; }), datasets: datasets },
      options: {
        maintainAspectRatio: false,
        animation: { duration: 250 },
        interaction: { mode: 'index', intersect: false },
        layout: { padding: { top: 4 } },
        scales: {
          x: { stacked: stacked, grid: { display: false }, ticks: { autoSkip: true, maxRotation: 0, font: { size: 10 } } },
          y: {
            stacked: stacked,
            beginAtZero: true,
            grace: '18%',
            title: { display: !narrow, text: spec.volumeUnit },
            ticks: { font: { size: 10 } },
          },
          y1: {
            position: 'right',
            beginAtZero: spec.id !== 'lift',
            suggestedMin: spec.id === 'lift' ? 50 : 0,
            suggestedMax: spec.id === 'lift' ? 100 : undefined,
            grid: { drawOnChartArea: false },
            title: { display: !narrow, text: spec.intensityLabel },
            ticks: { font: { size: 10 }, callback: function (v) { return v + '%'; } },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 10, boxHeight: 10, font: { size: narrow ? 10 : 11 }, padding: narrow ? 6 : 10 } },
          tooltip: {
            callbacks: {
              title: function (items) {
                var w = spec.weeks[items[0].dataIndex];
                var band = spec.bands.filter(function (b) { return w >= b.from && w <= b.to; })[0];
                return 'Week ' + w + (band ? ' - ' + band.label : '') + (spec.marks[w] ? ' (' + spec.marks[w] + ')' : '');
              },
            },
          },
          cadencePlanLayers: { spec: spec },
        },
      },
      plugins: [planLayers],
    });
    legend(spec);
  });
})();
