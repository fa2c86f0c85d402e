namespace Cake.Frosting.Tests.Support;

internal sealed class Journal
{
    private readonly List<string> entries = [];

    public IReadOnlyList<string> Entries
    {
        get
        {
            lock (entries)
            {
                return entries.ToList();
            }
        }
    }

    public void Add(string entry)
    {
        lock (entries)
        {
            entries.Add(entry);
        }
    }
}
