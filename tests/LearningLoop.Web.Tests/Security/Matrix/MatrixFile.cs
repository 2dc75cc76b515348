namespace LearningLoop.Web.Tests.Security.Matrix;

/// <summary>authorisation-matrix.txt: one line per method and route pattern, then who may use it. Who is one or more of
/// <c>admin lead manager staff partner</c>, or <c>members</c> (all five), <c>colleagues</c> (all but partner),
/// <c>anyone</c> (no sign-in needed), <c>nobody</c>. Anything after <c>#</c> is a comment.</summary>
public sealed record MatrixLine(string Method, string Route, IReadOnlySet<string> Who, bool Anyone, int LineNumber)
{
    public static readonly string[] Roles = ["admin", "lead", "manager", "staff", "partner"];

    public const string FileName = "authorisation-matrix.txt";

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Security", FileName);

    public static List<MatrixLine> Read()
    {
        var lines = new List<MatrixLine>();
        var number = 0;
        foreach (var raw in File.ReadLines(Path))
        {
            number++;
            var text = raw.Split('#')[0].Trim();
            if (text.Length == 0) continue;
            var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(tokens.Length >= 3, $"{FileName} line {number}: expected METHOD /route who…, got '{raw}'");
            var who = new HashSet<string>(StringComparer.Ordinal);
            var anyone = false;
            foreach (var token in tokens.Skip(2))
            {
                switch (token)
                {
                    case "members": who.UnionWith(Roles); break;
                    case "colleagues": who.UnionWith(Roles.Where(r => r != "partner")); break;
                    case "anyone": anyone = true; who.UnionWith(Roles); break;
                    case "nobody": break;
                    default:
                        Assert.True(Roles.Contains(token), $"{FileName} line {number}: '{token}' is not a role ({string.Join(' ', Roles)}, members, colleagues, anyone, nobody)");
                        who.Add(token);
                        break;
                }
            }
            lines.Add(new MatrixLine(tokens[0], tokens[1], who, anyone, number));
        }
        return lines;
    }

    /// <summary>The line to write for what was observed: the shortest spelling of the set.</summary>
    public static string Format(string method, string route, IReadOnlySet<string> who, bool anyone)
    {
        string spelled;
        if (anyone) spelled = "anyone";
        else if (who.SetEquals(Roles)) spelled = "members";
        else if (who.Count == 0) spelled = "nobody";
        else if (who.SetEquals(Roles.Where(r => r != "partner"))) spelled = "colleagues";
        else spelled = string.Join(' ', Roles.Where(who.Contains));
        return $"{method,-6} {route,-72} {spelled}";
    }
}
