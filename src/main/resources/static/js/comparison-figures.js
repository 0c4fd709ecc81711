// The coverage figures' charts (ECharts): read from data attributes of the page (script-src 'self').
(function () {
  if (typeof echarts === 'undefined') { return; }
  const townships = [...document.querySelectorAll('#township-data li')].map(li => ({
    name: li.dataset.name, coverage: Number(li.dataset.coverage), poverty: Number(li.dataset.poverty)}));
  const items = [...document.querySelectorAll('#item-figures tbody tr')].map(tr => ({
    kind: tr.dataset.kind, status: tr.dataset.status, count: Number(tr.dataset.count)}));
  const t = echarts.init(document.getElementById('chart-townships'));
  t.setOption({
    title: {text: '各乡镇特殊困难群体资助覆盖率（%）', textStyle: {fontSize: 13}},
    tooltip: {trigger: 'axis'}, legend: {top: 22, data: ['覆盖率', '建档立卡覆盖率']},
    grid: {top: 60, left: 40, right: 10, bottom: 60},
    xAxis: {type: 'category', data: townships.map(r => r.name), axisLabel: {rotate: 30}},
    yAxis: {type: 'value', max: 100},
    series: [
      {name: '覆盖率', type: 'bar', data: townships.map(r => r.coverage)},
      {name: '建档立卡覆盖率', type: 'bar', data: townships.map(r => r.poverty),
       markLine: {data: [{yAxis: 100, name: '全覆盖'}]}}]
  });
  const kinds = [...new Set(items.map(i => i.kind))];
  const statuses = [...new Set(items.map(i => i.status))];
  const c = echarts.init(document.getElementById('chart-items'));
  c.setOption({
    title: {text: '待办事项（件）', textStyle: {fontSize: 13}}, tooltip: {trigger: 'axis'},
    legend: {top: 22, data: statuses}, grid: {top: 60, left: 40, right: 10, bottom: 30},
    xAxis: {type: 'category', data: kinds}, yAxis: {type: 'value', minInterval: 1},
    series: statuses.map(s => ({name: s, type: 'bar', stack: 'n',
      data: kinds.map(k => items.filter(i => i.kind === k && i.status === s).reduce((n, i) => n + i.count, 0))}))
  });
  window.addEventListener('resize', () => { t.resize(); c.resize(); });
})();
