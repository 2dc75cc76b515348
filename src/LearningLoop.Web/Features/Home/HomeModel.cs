using LearningLoop.Core.Improvement;

namespace LearningLoop.Web.Features.Home;

/// <summary>What one person has to do and watch, gathered for their home page by <see cref="HomeQueries"/>.</summary>
public sealed record HomeModel(
    string Name, bool IsPartner, bool LeadsImprovement, DateTime? PreviousSignInUtc, IReadOnlyList<string> MyUnits,
    IReadOnlyList<MyInitiative> Initiatives, IReadOnlyList<CycleDue> Cycles, IReadOnlyList<MeasureSignal> Signals,
    IReadOnlyList<OpenWave> Waves, IReadOnlyList<UnitLesson> Lessons, IReadOnlyList<MyInitiative> NeedingAttention,
    IReadOnlyList<NextMeeting> Meetings, IReadOnlyList<MisalignedInitiative> Misaligned, IReadOnlyList<StoppedMeasure> Stopped);

/// <summary>A measure of the person's units whose data stopped (<see cref="LearningLoop.Core.Measures.MeasureFreshness"/>).</summary>
public sealed record StoppedMeasure(int MeasureId, string Measure, string? Unit, string Text);

/// <summary>A meeting still to come of one of the person's initiatives.</summary>
public sealed record NextMeeting(int InitiativeId, string Initiative, DateOnly HeldOn, string Title, string Place);

/// <summary>An initiative the person leads or sponsors where a stakeholder group diverges (decision 0016).</summary>
public sealed record MisalignedInitiative(int Id, string Title, IReadOnlyList<string> Groups);

public sealed record MyInitiative(int Id, string Title, InitiativePhase Phase, string MyRole, bool Stale);

/// <summary>A PDSA cycle not yet decided whose end is near or past.</summary>
public sealed record CycleDue(int InitiativeId, string Initiative, int CycleId, int Number, string Title, DateOnly EndsOn, bool Overdue);

/// <summary>A current SPC signal on a measure of the person's units; <see cref="New"/> when it reached a period that ended
/// after their previous sign-in (or they have never signed in before).</summary>
public sealed record MeasureSignal(int MeasureId, string Measure, string? Unit, string Text, DateOnly LastPeriod, bool New);

/// <summary>An open survey wave the person runs (organisers) or may answer (it covers one of their units).</summary>
public sealed record OpenWave(int Id, string Name, DateOnly LastDay, bool Runs, bool MayAnswer, string? KioskPath);

public sealed record UnitLesson(int Id, string Title, string? Unit, DateOnly RecordedOn);
