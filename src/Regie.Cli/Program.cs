Console.WriteLine("regie");
