import { useEffect, useRef } from 'react';
// Only the parts of ECharts the statistics charts draw: bars and lines on a cartesian grid, on a canvas. This module
// is loaded when a chart first shows, so no other page and not the first load carry ECharts.
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartSeries } from './chartData';

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

type Option = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** Bars (stacked when series share a stack) and lines over categories; a null value is a gap, never a zero. */
export default function SeriesChart({
  label,
  categories,
  series,
}: {
  label: string;
  categories: string[];
  series: ChartSeries[];
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  useEffect(() => {
    const instance = init(element.current!, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const resized = new ResizeObserver(() => instance.resize());
    resized.observe(element.current!);
    return () => {
      resized.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    const option: Option = {
      // The chart describes itself to screen readers; the table under it has every figure.
      aria: { enabled: true, label: { description: label } },
      animation: false,
      // Drawn on the canvas: an HTML tooltip carries style attributes, which the page's policy refuses.
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((s) =>
        s.kind === 'line'
          ? { type: 'line', name: s.name, data: s.values, connectNulls: false }
          : { type: 'bar', name: s.name, data: s.values, stack: s.stack },
      ),
    };
    chart.current?.setOption(option, { notMerge: true });
  }, [label, categories, series]);
  return <div ref={element} className="insight-chart" data-testid="chart-canvas" />;
}
