namespace Service; public static class Placeholder { }
