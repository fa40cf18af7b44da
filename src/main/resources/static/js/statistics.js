/*
 * 数据统计 (admin/statistics.html): draws one ECharts chart per table from the report in #statistics[data-report].
 * Horizontal bars so that Chinese category names stay readable on a 390 px phone; every figure is also in the table
 * below its chart. The chart's own words (status names, 天, …) come in #statistics[data-labels], in the page's language.
 */
(function () {
  'use strict';

  var LABELS = { statuses: {} };
  var STATUS_COLORS = { VALID: '#198754', SUSPENDED: '#fd7e14', INVALID: '#dc3545', CANCELLED: '#6c757d', REPLACED: '#0dcaf0', EXPIRED: '#adb5bd' };
  var charts = [];

  function narrow() {
    return window.innerWidth < 576;
  }

  function sized(id, categories) {
    var el = document.getElementById(id);
    if (!el) {
      return null;
    }
    el.style.height = Math.max(180, categories * (narrow() ? 20 : 26) + 80) + 'px';
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    charts.push(chart);
    return chart;
  }

  function base(extra) {
    var option = {
      animation: false,
      textStyle: { fontFamily: 'system-ui, "PingFang SC", "Microsoft YaHei", sans-serif', fontSize: 12 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true }
    };
    Object.keys(extra).forEach(function (k) { option[k] = extra[k]; });
    return option;
  }

  function bars(id, groups, color) {
    var list = groups.slice().reverse();
    var chart = sized(id, list.length);
    if (!chart) {
      return;
    }
    chart.setOption(base({
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: list.map(function (g) { return g.label; }),
        axisLabel: { width: narrow() ? 96 : 160, overflow: 'truncate' } },
      series: [{ type: 'bar', data: list.map(function (g) { return g.count; }), itemStyle: { color: color },
        label: { show: true, position: 'right' } }]
    }));
  }

  function months(id, groups) {
    var el = document.getElementById(id);
    if (!el) {
      return;
    }
    el.style.height = '260px';
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    charts.push(chart);
    chart.setOption(base({
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: groups.map(function (g) { return g.code; }),
        axisLabel: { rotate: narrow() ? 60 : 30, formatter: function (v) { return v.slice(2); } } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: groups.map(function (g) { return g.count; }), itemStyle: { color: '#0d6efd' } }]
    }));
  }

  function stacked(id, statuses, groups) {
    var list = groups.slice().reverse();
    var chart = sized(id, list.length + 2);
    if (!chart) {
      return;
    }
    chart.setOption(base({
      legend: { bottom: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
      grid: { left: 8, right: 16, top: 8, bottom: narrow() ? 56 : 32, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: list.map(function (g) { return g.label; }) },
      series: statuses.map(function (s) {
        return { name: LABELS.statuses[s] || s, type: 'bar', stack: 'total', itemStyle: { color: STATUS_COLORS[s] },
          data: list.map(function (g) { return g.byStatus[s]; }) };
      })
    }));
  }

  function reviews(id, rows, deadline) {
    var list = rows.slice().reverse();
    if (!list.length) {
      var empty = document.getElementById(id);
      if (empty) {
        empty.hidden = true;
      }
      return;
    }
    var chart = sized(id, Math.max(list.length, 2));
    if (!chart) {
      return;
    }
    chart.setOption(base({
      xAxis: { type: 'value', name: LABELS.days, nameLocation: 'end' },
      yAxis: { type: 'category', data: list.map(function (r) { return r.reviewOrgName; }),
        axisLabel: { width: narrow() ? 96 : 160, overflow: 'truncate' } },
      series: [{ name: LABELS.medianDays, type: 'bar', data: list.map(function (r) { return r.medianDays; }),
        itemStyle: { color: '#6610f2' }, label: { show: true, position: 'right' },
        markLine: { symbol: 'none', label: { formatter: LABELS.deadline }, data: [{ xAxis: deadline }] } }]
    }));
  }

  function draw() {
    var holder = document.getElementById('statistics');
    if (!holder || !window.echarts) {
      return;
    }
    var r = JSON.parse(holder.getAttribute('data-report'));
    LABELS = JSON.parse(holder.getAttribute('data-labels'));
    bars('applications-stage-chart', r.applicationsByStage, '#0d6efd');
    bars('applications-industry-chart', r.applicationsByIndustry, '#20c997');
    bars('applications-region-chart', r.applicationsByRegionGroup, '#6f42c1');
    months('applications-month-chart', r.applicationsByMonth);
    stacked('certificates-industry-chart', r.certificateStatuses, r.certificatesByIndustry);
    stacked('certificates-level-chart', r.certificateStatuses, r.certificatesByLevel);
    reviews('review-durations-chart', r.reviewDurations, r.reviewDeadlineDays);
    var i = r.inspections;
    bars('inspections-month-chart', [
      { label: LABELS.due, count: i.due }, { label: LABELS.submitted, count: i.submitted }, { label: LABELS.missed, count: i.missed }
    ], '#fd7e14');
  }

  document.addEventListener('DOMContentLoaded', draw);
  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
})();
