namespace LearningLoop.Core.Surveys;

/// <summary>How many forms a wave's kiosk link may hand out: its population (<see cref="WavePopulation"/>) plus the
/// organisation's margin (<see cref="Organisations.Organisation.KioskMarginPercent"/>), rounded up. Every visit to the
/// kiosk page hands out one (a reload too), which the margin absorbs. Without the cap one open link could stuff a wave
/// with any number of answers.</summary>
public static class KioskAllowance
{
    public const int DefaultMarginPercent = 10;

    /// <summary>Integer arithmetic, so that 10 people and 10% allow exactly 11 (floating point would round 11.000000000000002 up).</summary>
    public static int Of(int population, int marginPercent) =>
        (int)(((long)population * (100 + Math.Max(0, marginPercent)) + 99) / 100);
}
