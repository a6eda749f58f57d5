/// The one HTML escaping of conseil (the minutes export, the room server's pages, the cards):
/// typed text is made inert, then every character that could open markup or end an attribute
/// is written as an entity.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in InertText.make(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
