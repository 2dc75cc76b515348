using LearningLoop.Core.Measures;

namespace LearningLoop.Core.Improvement;

/// <summary>One Plan-Do-Study-Act cycle testing a change idea. Cycles of one change idea form a ramp: each builds on
/// the last, at a larger scale or under other conditions, numbered 1, 2, 3 ... in the order they were planned.</summary>
public sealed class PdsaCycle
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    public int ChangeIdeaId { get; set; }
    public ChangeIdea? ChangeIdea { get; set; }

    /// <summary>Position in the change idea's ramp (1 for the first, smallest test).</summary>
    public int Number { get; set; }
    public required string Title { get; set; }

    // Plan: the question, a prediction written before the test, who/what/when/where, and what data to collect.
    public string Question { get; set; } = "";
    public string Prediction { get; set; } = "";
    /// <summary>The scale of the test ("one nurse, one patient, one day"): ramps grow it cycle by cycle.</summary>
    public string Scale { get; set; } = "";
    public string Who { get; set; } = "";
    public string What { get; set; } = "";
    public string Where { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string DataToCollect { get; set; } = "";

    // Do: what happened, what was observed (including the unexpected).
    public string WhatHappened { get; set; } = "";
    public string Observations { get; set; } = "";

    // Study: the result against the prediction, read with the studied measure's chart.
    public string Result { get; set; } = "";
    public int? MeasureId { get; set; }
    public Measure? Measure { get; set; }

    // Act: adopt, adapt or abandon, and what the next cycle will be.
    public PdsaDecision? Decision { get; set; }
    public string NextSteps { get; set; } = "";

    /// <summary>The phase break this cycle's adoption started on the studied measure's chart, if it started one.</summary>
    public int? MeasurePhaseId { get; set; }
    public MeasurePhase? MeasurePhase { get; set; }

    /// <summary>How far the cycle has got: the last of Plan, Do, Study, Act that has been written up.</summary>
    public PdsaStage Stage =>
        Decision is not null ? PdsaStage.Acted
        : Result.Length > 0 ? PdsaStage.Studied
        : WhatHappened.Length > 0 || Observations.Length > 0 ? PdsaStage.Done
        : PdsaStage.Planned;
}

/// <summary>The Act decision.</summary>
public enum PdsaDecision
{
    /// <summary>The change works: make it part of how the work is done.</summary>
    Adopt,
    /// <summary>Promising: change it and test again.</summary>
    Adapt,
    /// <summary>It does not work here: stop testing it.</summary>
    Abandon,
}

/// <summary>The last PDSA step written up: a planned cycle waits to be run, a done one to be studied, and so on.</summary>
public enum PdsaStage
{
    Planned,
    Done,
    Studied,
    Acted,
}
