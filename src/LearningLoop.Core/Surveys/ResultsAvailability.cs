using System.Globalization;

namespace LearningLoop.Core.Surveys;

/// <summary>Whether a wave's results (scores, heat maps, network, dimensions, change, exports of answers) may be shown
/// yet. Only a <see cref="WaveState.Closed"/> wave's may: while answers still come in, a reader who looked at the results
/// before and after one colleague submitted could read that colleague's answers from the difference. Response counts
/// (<see cref="ResponseRates"/>) are not results and are shown at any time, suppressed.</summary>
/// <param name="State">The wave's state today.</param>
/// <param name="AppearsOn">The day results appear if nobody closes the wave early: the day after its last day.</param>
public sealed record ResultsAvailability(WaveState State, DateOnly AppearsOn)
{
    public bool Available => State == WaveState.Closed;

    public static ResultsAvailability Of(Wave wave, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(wave);
        return new ResultsAvailability(wave.StateOn(today), wave.LastDay.AddDays(1));
    }

    /// <summary>A short title for a refusal (API ProblemDetails title, page heading).</summary>
    public string Title => State switch
    {
        WaveState.NotYetOpen => "Results appear once the wave has closed; it has not opened yet",
        WaveState.Open => "Results appear once the wave has closed; it is still open",
        _ => "Results are available",
    };

    /// <summary>When the results appear, in a plain sentence.</summary>
    public string Explanation
    {
        get
        {
            if (Available)
            {
                return "The wave is closed: its results are available.";
            }
            var day = AppearsOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            return $"Results appear on {day}, the day after the wave's last day, or as soon as an organiser closes it early. Until then only "
                + "response counts are shown, so that nobody can work out a colleague's answers by comparing results before and after they answered.";
        }
    }
}
