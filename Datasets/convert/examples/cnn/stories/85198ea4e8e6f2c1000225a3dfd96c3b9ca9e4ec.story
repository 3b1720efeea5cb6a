Lakeside, Oregon (Example News) -- Runner Mia Okafor won the Lakeside Marathon on
Sunday in 2 hours 21 minutes, a course record by 40 seconds.

@highlight

