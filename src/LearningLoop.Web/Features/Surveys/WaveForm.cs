using System.ComponentModel.DataAnnotations;

namespace LearningLoop.Web.Features.Surveys;

/// <summary>The shape the new-wave page and <c>POST /api/v1/surveys/waves</c> share; field names key the errors.</summary>
public sealed class WaveForm
{
    [Required(ErrorMessage = "Name the wave, e.g. 4 West discharge RC, spring 2025."), StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string Name { get; set; } = "";

    [Range(1, int.MaxValue, ErrorMessage = "Choose the instrument.")]
    public int InstrumentId { get; set; }

    public DateOnly Opens { get; set; }

    public DateOnly Closes { get; set; }

    [StringLength(200, ErrorMessage = "Keep the focal work process under 200 characters.")]
    public string FocalWorkProcess { get; set; } = "";

    public int[] UnitIds { get; set; } = [];

    /// <summary>In the order respondents will see them (and heat maps will show them).</summary>
    public int[] WorkgroupIds { get; set; } = [];

    public bool Links { get; set; } = true;

    public bool Kiosk { get; set; }

    /// <summary>The focal work process and workgroup names in French and Spanish (optional; also later through
    /// <c>PUT /api/v1/surveys/waves/{id}/translations</c>).</summary>
    public WaveTranslationForm[] Translations { get; set; } = [];
}

/// <summary>One of the wave's own words in another survey language: the focal work process (no workgroup) or a workgroup's
/// name. An empty text removes the translation.</summary>
public sealed class WaveTranslationForm
{
    public string Language { get; set; } = "";
    public int? WorkgroupId { get; set; }
    public string Text { get; set; } = "";
}

/// <summary><c>PUT /api/v1/surveys/waves/{id}/translations</c>: the wave's translations, all of them (what is left out is removed).</summary>
public sealed record WaveTranslationsRequest(WaveTranslationForm[] Translations);

/// <summary><c>POST /api/v1/surveys/waves/{id}/links</c>: how many single-use links to make.</summary>
public sealed record LinkRequest(int Count);
