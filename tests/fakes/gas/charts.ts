import type { FakeCloud } from './cloud';
import { GasObject, fakeOf } from './counting';
import type { Implements } from './counting';
import { ChartType } from './enums';
import { FakeRange } from './range';
import type { FakeSheet } from './sheet';

/** Where a chart sits: anchored at a cell, shifted by pixel offsets. */
interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

/** What `fake.charts(tab)` reports of one chart. */
export interface ChartSnapshot {
  chartId: number;
  type: string | null;
  /** Data ranges in A1 notation, with their sheet name. */
  ranges: string[];
  position: ChartPosition;
  options: Record<string, unknown>;
}

interface ChartSettings {
  type: keyof typeof ChartType | null;
  ranges: FakeRange[];
  position: ChartPosition;
  options: Record<string, unknown>;
}

function copied(settings: ChartSettings): ChartSettings {
  return {
    type: settings.type,
    ranges: [...settings.ranges],
    position: { ...settings.position },
    options: { ...settings.options },
  };
}

type BuilderMethods =
  | 'addRange'
  | 'build'
  | 'clearRanges'
  | 'getChartType'
  | 'getContainer'
  | 'getRanges'
  | 'removeRange'
  | 'setChartType'
  | 'setOption'
  | 'setPosition';

/** `Sheet.newChart()`: collects a chart's type, data, position and options. */
export class FakeEmbeddedChartBuilder
  extends GasObject
  implements Implements<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, BuilderMethods>
{
  readonly gasType = 'EmbeddedChartBuilder';
  private readonly settings: ChartSettings;

  constructor(
    cloud: FakeCloud,
    settings?: ChartSettings,
    private readonly chartId: number | null = null,
  ) {
    super(cloud);
    this.settings = settings ?? {
      type: null,
      ranges: [],
      position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
      options: {},
    };
  }

  /** Adds a data range. */
  addRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    this.settings.ranges.push(fakeOf(range, FakeRange, 'range'));
    return this;
  }

  /** Removes a data range. */
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    const fake = fakeOf(range, FakeRange, 'range');
    this.settings.ranges = this.settings.ranges.filter(
      (held) => held.sheet !== fake.sheet || held.getA1Notation() !== fake.getA1Notation(),
    );
    return this;
  }

  /** Removes every data range. */
  clearRanges(): this {
    this.settings.ranges = [];
    return this;
  }

  /** The data ranges. */
  getRanges(): FakeRange[] {
    return [...this.settings.ranges];
  }

  /** Sets the chart type, a `Charts.ChartType` member. */
  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    const name = String(type) as keyof typeof ChartType;
    if (!(name in ChartType)) throw new Error('Invalid argument: type');
    this.settings.type = name;
    return this;
  }

  /** The chart type, or null before one is set. */
  getChartType(): keyof typeof ChartType | null {
    return this.settings.type;
  }

  /** Anchors the chart at a cell, offset in pixels. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.settings.position = {
      anchorRow: anchorRowPos,
      anchorColumn: anchorColPos,
      offsetX,
      offsetY,
    };
    return this;
  }

  /** Information about where the chart will sit. */
  getContainer(): FakeContainerInfo {
    return new FakeContainerInfo(this.cloud, { ...this.settings.position });
  }

  /** Sets a Google Charts option such as 'title'. */
  setOption(option: string, value: unknown): this {
    this.settings.options[option] = value;
    return this;
  }

  /** The chart, ready for `Sheet.insertChart`. */
  build(): FakeEmbeddedChart {
    return new FakeEmbeddedChart(this.cloud, copied(this.settings), this.chartId);
  }
}

/** A chart's anchor (`ContainerInfo`). */
export class FakeContainerInfo extends GasObject {
  readonly gasType = 'ContainerInfo';

  constructor(
    cloud: FakeCloud,
    private readonly position: ChartPosition,
  ) {
    super(cloud);
  }

  /** The anchor column. */
  getAnchorColumn(): number {
    return this.position.anchorColumn;
  }

  /** The anchor row. */
  getAnchorRow(): number {
    return this.position.anchorRow;
  }

  /** Pixels right of the anchor. */
  getOffsetX(): number {
    return this.position.offsetX;
  }

  /** Pixels below the anchor. */
  getOffsetY(): number {
    return this.position.offsetY;
  }
}

/** A chart's options (`ChartOptions`). */
export class FakeChartOptions extends GasObject {
  readonly gasType = 'ChartOptions';

  constructor(
    cloud: FakeCloud,
    private readonly options: Record<string, unknown>,
  ) {
    super(cloud);
  }

  /** An option's value, or null. */
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

type ChartMethods = 'getChartId' | 'getContainerInfo' | 'getOptions' | 'getRanges' | 'modify';

/** A chart on a sheet (`EmbeddedChart`). */
export class FakeEmbeddedChart
  extends GasObject
  implements Implements<GoogleAppsScript.Spreadsheet.EmbeddedChart, ChartMethods>
{
  readonly gasType = 'EmbeddedChart';

  constructor(
    cloud: FakeCloud,
    private readonly settings: ChartSettings,
    public chartId: number | null,
  ) {
    super(cloud);
  }

  /** The same chart with an id, as inserting it on a sheet gives it. */
  placedOn(sheet: FakeSheet): FakeEmbeddedChart {
    const chartId = this.chartId ?? this.cloud.next(`chart:${sheet.spreadsheet.getId()}`);
    this.chartId = chartId;
    return this;
  }

  /** The id, null until the chart is inserted. */
  getChartId(): number | null {
    return this.chartId;
  }

  /** Where the chart sits. */
  getContainerInfo(): FakeContainerInfo {
    return new FakeContainerInfo(this.cloud, { ...this.settings.position });
  }

  /** The chart's options. */
  getOptions(): FakeChartOptions {
    return new FakeChartOptions(this.cloud, { ...this.settings.options });
  }

  /** The data ranges. */
  getRanges(): FakeRange[] {
    return [...this.settings.ranges];
  }

  /** A builder to change the chart, then `Sheet.updateChart`. */
  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.cloud, copied(this.settings), this.chartId);
  }

  /** A plain description for tests. */
  snapshot(): ChartSnapshot {
    return {
      chartId: this.chartId ?? 0,
      type: this.settings.type,
      ranges: this.settings.ranges.map(
        (range) => `'${range.sheet.name.replace(/'/g, "''")}'!${range.getA1Notation()}`,
      ),
      position: { ...this.settings.position },
      options: { ...this.settings.options },
    };
  }
}

/** The `Charts` global, for its `ChartType` enum. */
export class FakeCharts extends GasObject {
  readonly gasType = 'Charts';
  readonly ChartType = ChartType;
}
