import LedeText
