using System.Globalization;
using LearningLoop.Analytics.Input;
using LearningLoop.Analytics.Psychometrics;

namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>
/// Validates and aggregates answers one at a time; the single implementation behind both the in-memory analysis and
/// streaming from a file. Memory stays small because only the respondent being read is kept in full: its rows must be
/// contiguous within a wave (as every survey export writes them). When a respondent's rows reappear after other
/// respondents, <see cref="RespondentRowsInterleaved"/> turns true and aggregation stops; the caller then regroups the
/// answers (as <see cref="RelationalCoordinationAnalyser"/> does).
/// </summary>
public sealed class RelationalCoordinationAccumulator
{
    private static readonly string ExpectedItems = string.Join(", ", RcItems.Keys);

    private readonly RcOptions _options;
    private readonly WorkgroupIndex _workgroups = new();
    private readonly Dictionary<string, WaveAccumulator> _waves = new(StringComparer.Ordinal);
    private readonly OpenRespondent _respondent = new();
    private readonly List<RcValidationError> _errors = [];
    private long _unlistedErrors;
    private WaveAccumulator? _wave;
    private bool _completed;

    public RelationalCoordinationAccumulator(RcOptions? options = null) => _options = options ?? RcOptions.Default;

    /// <summary>True once a respondent's rows were found in two separate blocks of a wave; the answers must be regrouped.</summary>
    public bool RespondentRowsInterleaved { get; private set; }

    public long ErrorCount => _errors.Count + _unlistedErrors;

    public void Add(in RcAnswer answer)
    {
        if (RespondentRowsInterleaved)
        {
            return;
        }

        // The workgroup is checked before switching respondent: a row without one must not count as the respondent's
        // first row, or their next row would look like a return to a closed respondent (found by fuzzing).
        if (!RequireLabel(answer.Line, "wave", answer.Wave) || !RequireLabel(answer.Line, "respondent", answer.Respondent)
            || !RequireLabel(answer.Line, "workgroup", answer.Workgroup))
        {
            return;
        }

        SwitchTo(answer.Wave, answer.Respondent);
        if (RespondentRowsInterleaved)
        {
            return;
        }

        int workgroup = _workgroups.IndexOf(answer.Workgroup);
        if (!_respondent.IsOpen)
        {
            _respondent.Open(answer.Respondent, workgroup, answer.Line, _workgroups.Count);
        }
        else if (workgroup != _respondent.Workgroup)
        {
            Reject(new RcValidationError(answer.Line, "workgroup", answer.Workgroup, string.Create(
                CultureInfo.InvariantCulture,
                $"respondent {Shown(answer.Respondent)} is already in workgroup {Shown(_workgroups.Label(_respondent.Workgroup))} in wave {Shown(answer.Wave)} (line {_respondent.WorkgroupLine}); a respondent belongs to one workgroup per wave")));
            return;
        }

        int item = RcItems.IndexOf(answer.Item);
        bool valid = RequireLabel(answer.Line, "target", answer.Target);
        if (item < 0)
        {
            Reject(new RcValidationError(answer.Line, "item", answer.Item ?? string.Empty, $"unknown item; expected one of {ExpectedItems}"));
            valid = false;
        }

        if (answer.Value is int v && (v < RcItems.MinValue || v > RcItems.MaxValue))
        {
            Reject(InvalidValue(answer.Line, v.ToString(CultureInfo.InvariantCulture)));
            valid = false;
        }

        if (!valid)
        {
            return;
        }

        int target = _workgroups.IndexOf(answer.Target);
        _workgroups.MarkTarget(target);
        _respondent.EnsureCapacity(_workgroups.Count);
        if (!_respondent.TryRecord(target, item, (byte)(answer.Value ?? 0), answer.Line, out long earlierLine))
        {
            Reject(new RcValidationError(answer.Line, "item", answer.Item!, string.Create(
                CultureInfo.InvariantCulture,
                $"duplicate answer: respondent {Shown(answer.Respondent)} already rated {Shown(answer.Target)} on {Shown(answer.Item)} in wave {Shown(answer.Wave)} (line {earlierLine})")));
        }
    }

    /// <summary>
    /// Fixes the output order of workgroups (first appearance in the target column) before answers are fed out of
    /// file order, as when scattered respondents are regrouped.
    /// </summary>
    internal void NoteTargetOrder(IReadOnlyList<RcAnswer> answers)
    {
        for (int i = 0; i < answers.Count; i++)
        {
            if (!string.IsNullOrEmpty(answers[i].Target))
            {
                _workgroups.MarkTarget(_workgroups.IndexOf(answers[i].Target));
            }
        }
    }

    /// <summary>The error for a value that is not an integer 1..5 (also used by readers for unparsable text).</summary>
    public static RcValidationError InvalidValue(long line, string value) =>
        new(line, "value", value, "value must be an integer from 1 to 5, or empty when not answered");

    /// <summary>Records an error found outside this class (a reader's header or field errors); analysis is then refused.</summary>
    public void Reject(RcValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (_errors.Count < _options.MaxListedErrors)
        {
            _errors.Add(error);
        }
        else
        {
            _unlistedErrors++;
        }
    }

    // Labels quoted in a message are cut to a prefix: a label can be any length in a hostile file.
    private static string Shown(string? label) => InputEcho.Prefix(label);

    /// <summary>Finishes the last respondent and returns the analysis, or every error in line order.</summary>
    public RcAnalysisOutcome Complete()
    {
        if (RespondentRowsInterleaved)
        {
            throw new InvalidOperationException(
                "Respondent rows are not contiguous within a wave: regroup the answers by wave and respondent first.");
        }

        if (_completed)
        {
            throw new InvalidOperationException("The accumulator has already been completed.");
        }

        _completed = true;
        CloseRespondent();
        if (ErrorCount > 0)
        {
            // Sort by line, keeping the order of errors on the same line.
            var ordered = _errors.Select((error, i) => (error, i)).OrderBy(e => e.error.Line).ThenBy(e => e.i)
                .Select(e => e.error).ToArray();
            return RcAnalysisOutcome.Failure(ordered, _unlistedErrors);
        }

        return RcAnalysisOutcome.Success(Build());
    }

    private bool RequireLabel(long line, string field, string? label)
    {
        if (!string.IsNullOrEmpty(label))
        {
            return true;
        }

        Reject(new RcValidationError(line, field, string.Empty, $"{field} must not be empty"));
        return false;
    }

    private void SwitchTo(string wave, string respondent)
    {
        if (_wave is null || (!ReferenceEquals(wave, _wave.Label) && !string.Equals(wave, _wave.Label, StringComparison.Ordinal)))
        {
            CloseRespondent();
            if (!_waves.TryGetValue(wave, out _wave))
            {
                _wave = new WaveAccumulator(wave);
                _waves.Add(wave, _wave);
            }
        }

        string? open = _respondent.Id;
        if (open is not null && (ReferenceEquals(open, respondent) || string.Equals(open, respondent, StringComparison.Ordinal)))
        {
            return;
        }

        CloseRespondent();
        if (!_wave.SeenRespondents.Add(respondent))
        {
            RespondentRowsInterleaved = true;
        }
    }

    private void CloseRespondent()
    {
        if (!_respondent.IsOpen)
        {
            return;
        }

        // Once the file is known to be refused, only validation continues: no need to aggregate.
        if (ErrorCount == 0)
        {
            _wave!.AddRespondent(_respondent, _workgroups.Count);
        }

        _respondent.Close();
    }

    private RelationalCoordinationAnalysis Build()
    {
        bool numericWaves = _waves.Keys.All(IsNumber);
        var ordered = numericWaves
            ? _waves.Values.OrderBy(w => double.Parse(w.Label, NumberStyles.Float, CultureInfo.InvariantCulture)).ToList()
            : _waves.Values.OrderBy(w => w.Label, StringComparer.Ordinal).ToList();
        var waves = ordered.Select(w => WaveStatistics.Build(w, _workgroups, _options.MinCellSize)).ToArray();
        var changes = new WaveChange[Math.Max(0, ordered.Count - 1)];
        for (int i = 0; i < changes.Length; i++)
        {
            // Later minus earlier, as t.test(later, earlier).
            var t = WelchTTest.Compute(ordered[i + 1].RespondentIndex, ordered[i].RespondentIndex);
            changes[i] = new WaveChange(
                ordered[i].Label,
                ordered[i + 1].Label,
                WaveStatistics.Shown(t.Difference),
                WaveStatistics.Shown(t.CiLow),
                WaveStatistics.Shown(t.CiHigh),
                WaveStatistics.Shown(t.P));
        }

        bool numericWorkgroups = _workgroups.TargetOrder.Count > 0
            && _workgroups.TargetOrder.All(i => IsNumber(_workgroups.Label(i)));
        return new RelationalCoordinationAnalysis(waves, changes, _options.MinCellSize, numericWaves, numericWorkgroups);
    }

    private static bool IsNumber(string label) =>
        double.TryParse(label, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number);
}
