using System.Collections.Concurrent;

namespace LearningLoop.Core.Surveys;

/// <summary>The form of each wave being answered, kept a few seconds so that a burst of submissions does not read the
/// same wave, instrument, workgroups and units a thousand times (decision 0030). Safe to keep briefly: a wave's form does
/// not change while it takes answers, and a wave closed meanwhile is caught where it matters, inside the transaction that
/// stores the answers (<see cref="SubmissionQueue"/>), so a cached form never lets a closed wave take an answer.</summary>
public sealed class SurveyFormCache(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<int, (DateTimeOffset Until, SurveyForm? Form)> _forms = new();

    /// <summary>The wave's form (null when no such wave), read by <paramref name="read"/> when not held or stale.</summary>
    public async Task<SurveyForm?> GetAsync(int waveId, Func<Task<SurveyForm?>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var now = clock.GetUtcNow();
        if (_forms.TryGetValue(waveId, out var held) && held.Until > now)
        {
            return held.Form;
        }
        var form = await read();
        if (_forms.Count > 1000)
        {
            _forms.Clear(); // bounded: forged wave numbers must not grow it without end
        }
        _forms[waveId] = (now + Lifetime, form);
        return form;
    }
}
