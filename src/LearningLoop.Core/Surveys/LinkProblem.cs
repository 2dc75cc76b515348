namespace LearningLoop.Core.Surveys;

/// <summary>Why a link cannot be answered. The respondent's page words each one plainly.</summary>
public enum LinkProblem
{
    None,
    /// <summary>Not a link (or kiosk code) of a wave accepting answers: garbled or forged, of a wave that does not exist,
    /// or of a closed wave. These are one answer on purpose: telling them apart would let anyone probe which waves
    /// exist (a closed wave's key is erased, so its links cannot be told from forgeries anyway).</summary>
    Unknown,
    /// <summary>The link has already been used to submit.</summary>
    Used,
    NotYetOpen,
    /// <summary>The kiosk has handed out as many forms as the wave has people, plus the organisation's margin.</summary>
    KioskExhausted,
}
