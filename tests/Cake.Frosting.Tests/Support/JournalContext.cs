using Cake.Core;

namespace Cake.Frosting.Tests.Support;

internal sealed class JournalContext : FrostingContext
{
    public JournalContext(ICakeContext context, Journal journal)
        : base(context)
    {
        Journal = journal;
    }

    public Journal Journal { get; }
}
