namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>Relational coordination analysis of answers held in memory (the web app's entry point).</summary>
public static class RelationalCoordinationAnalyser
{
    /// <summary>
    /// Validates and analyses <paramref name="answers"/> in any order. Answers normally arrive grouped by respondent and
    /// are aggregated in one pass; if a respondent's answers are scattered, they are regrouped (stably, by wave and
    /// respondent) and aggregated again. <paramref name="earlierErrors"/> are errors a reader already found (for
    /// example unparsable values); they are reported with the others and prevent the analysis.
    /// </summary>
    public static RcAnalysisOutcome Analyse(
        IReadOnlyList<RcAnswer> answers, RcOptions? options = null, IEnumerable<RcValidationError>? earlierErrors = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var accumulator = Start(options, earlierErrors);
        for (int i = 0; i < answers.Count; i++)
        {
            accumulator.Add(answers[i]);
            if (accumulator.RespondentRowsInterleaved)
            {
                break;
            }
        }

        if (!accumulator.RespondentRowsInterleaved)
        {
            return accumulator.Complete();
        }

        accumulator = Start(options, earlierErrors);
        accumulator.NoteTargetOrder(answers);
        foreach (int i in GroupedByRespondent(answers))
        {
            accumulator.Add(answers[i]);
        }

        return accumulator.Complete();
    }

    /// <summary>
    /// Streams a long-format CSV (see <see cref="RcCsvReader"/>) through the accumulator without holding it in memory.
    /// If a respondent's rows turn out not to be contiguous, a seekable <paramref name="csv"/> is read again into
    /// memory and regrouped; a non-seekable one is refused with <see cref="InvalidOperationException"/>.
    /// </summary>
    public static RcAnalysisOutcome AnalyseCsv(Stream csv, RcOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        long origin = csv.CanSeek ? csv.Position : 0;
        var accumulator = new RelationalCoordinationAccumulator(options);
        RcCsvReader.ReadInto(csv, accumulator);
        if (!accumulator.RespondentRowsInterleaved)
        {
            return accumulator.Complete();
        }

        if (!csv.CanSeek)
        {
            throw new InvalidOperationException(
                "A respondent's rows are not contiguous within a wave; sort the file by wave and respondent, or pass a seekable stream.");
        }

        csv.Position = origin;
        var (answers, errors) = RcCsvReader.ReadAll(csv);
        return Analyse(answers, options, errors);
    }

    private static RelationalCoordinationAccumulator Start(RcOptions? options, IEnumerable<RcValidationError>? earlierErrors)
    {
        var accumulator = new RelationalCoordinationAccumulator(options);
        foreach (var error in earlierErrors ?? [])
        {
            accumulator.Reject(error);
        }

        return accumulator;
    }

    /// <summary>Positions of the answers, grouped by (wave, respondent) in order of first appearance; a stable counting sort.</summary>
    internal static int[] GroupedByRespondent(IReadOnlyList<RcAnswer> answers)
    {
        var groupOf = new Dictionary<(string Wave, string Respondent), int>();
        var group = new int[answers.Count];
        var sizes = new List<int>();
        for (int i = 0; i < answers.Count; i++)
        {
            var key = (answers[i].Wave ?? string.Empty, answers[i].Respondent ?? string.Empty);
            if (!groupOf.TryGetValue(key, out int g))
            {
                g = sizes.Count;
                groupOf.Add(key, g);
                sizes.Add(0);
            }

            group[i] = g;
            sizes[g]++;
        }

        var start = new int[sizes.Count];
        for (int g = 1; g < start.Length; g++)
        {
            start[g] = start[g - 1] + sizes[g - 1];
        }

        var order = new int[answers.Count];
        for (int i = 0; i < answers.Count; i++)
        {
            order[start[group[i]]++] = i;
        }

        return order;
    }
}
