// Cake.Frosting's own source reads one Cake.Core internal, which Cake.Core shows only to the Cake.Frosting it is
// built and signed with. A wrapper compiling that source elsewhere gets this copy of the value instead.
namespace Cake.Core
{
    internal static class Constants
    {
        internal static class Paths
        {
            internal const string Tools = "Paths_Tools";
        }
    }
}
