// The identification figures' charts (ECharts): read from the tables' data attributes (script-src 'self').
(function () {
  if (typeof echarts === 'undefined') { return; }
  const rows = id => [...document.querySelectorAll('#' + id + ' tbody tr')].map(tr => tr.dataset);
  const levels = [['特别困难', 'special'], ['比较困难', 'fairly'], ['一般困难', 'general'], ['不困难', 'not']];
  const title = text => ({text: text, textStyle: {fontSize: 13}});
  const stacked = (data, parts) => parts.map(([name, key]) => ({name: name, type: 'bar', stack: 'n',
    data: data.map(r => Number(r[key]))}));
  const charts = [];
  const chart = (id, option) => {
    const c = echarts.init(document.getElementById(id));
    c.setOption(option);
    charts.push(c);
  };
  const townships = rows('by-township');
  const withProgress = levels.concat([['认定中', 'progress']]);
  chart('chart-townships', {
    title: title('各乡镇认定情况（人）'), tooltip: {trigger: 'axis'},
    legend: {top: 22, data: withProgress.map(l => l[0])}, grid: {top: 60, left: 40, right: 10, bottom: 70},
    xAxis: {type: 'category', data: townships.map(r => r.name), axisLabel: {rotate: 30}},
    yAxis: {type: 'value', minInterval: 1}, series: stacked(townships, withProgress)
  });
  chart('chart-levels', {
    title: title('认定档次分布'), tooltip: {trigger: 'item', formatter: '{b}：{c}人（{d}%）'},
    legend: {bottom: 0},
    series: [{type: 'pie', radius: ['35%', '65%'], label: {formatter: '{b}\n{d}%'},
      data: rows('level-figures').map(r => ({name: r.level, value: Number(r.count)}))}]
  });
  const stages = rows('by-stage');
  chart('chart-stages', {
    title: title('各学段认定情况（人）'), tooltip: {trigger: 'axis'},
    legend: {top: 22, data: withProgress.map(l => l[0])}, grid: {top: 60, left: 40, right: 10, bottom: 30},
    xAxis: {type: 'category', data: stages.map(r => r.name)},
    yAxis: {type: 'value', minInterval: 1}, series: stacked(stages, withProgress)
  });
  const reviews = rows('review-progress');
  const steps = [['村级核实中', 'village'], ['乡镇审核中', 'township'], ['县级审批中', 'county'],
    ['县级已审批', 'approved'], ['退回学校', 'returned']];
  chart('chart-reviews', {
    title: title('三方会审进度（份）'), tooltip: {trigger: 'axis'},
    legend: {top: 22, data: steps.map(s => s[0]).concat(['逾期未办'])},
    grid: {top: 60, left: 40, right: 10, bottom: 70},
    xAxis: {type: 'category', data: reviews.map(r => r.name), axisLabel: {rotate: 30}},
    yAxis: {type: 'value', minInterval: 1},
    series: stacked(reviews, steps).concat([{name: '逾期未办', type: 'line',
      data: reviews.map(r => Number(r.overdue)), itemStyle: {color: '#dc3545'}}])
  });
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));
})();
