/// The only files the server sends besides its pages, written here rather than read from disk:
/// no URL reaches the file system, and nothing comes from elsewhere (no CDN, no web font).
enum RoomAssets {
    /// From 320 px wide, large touch targets (at least 48 px), the system font.
    static let css = """
        *{box-sizing:border-box}
        body{margin:0 auto;max-width:40rem;padding:1rem;font:1.125rem/1.5 system-ui,sans-serif;color:#111;background:#fff}
        h1{font-size:1.4rem;margin:.5rem 0 1rem}
        fieldset{border:2px solid #555;border-radius:.5rem;margin:0 0 1rem;padding:.5rem 1rem 1rem}
        legend{font-weight:bold;padding:0 .25rem}
        label{display:flex;align-items:center;gap:.75rem;min-height:3rem;padding:.25rem 0}
        label.field{display:block}
        input[type=radio],input[type=checkbox]{width:1.75rem;height:1.75rem;flex:none}
        input[type=text],textarea{display:block;width:100%;font:inherit;padding:.6rem;border:2px solid #555;border-radius:.4rem;margin-top:.25rem}
        button,.button{display:block;width:100%;min-height:3.25rem;font:inherit;font-weight:bold;color:#fff;background:#0b4f8a;border:0;border-radius:.5rem;padding:.75rem;text-align:center;text-decoration:none}
        button:focus,a:focus,input:focus,textarea:focus{outline:3px solid #c60;outline-offset:2px}
        .note{background:#eef4fa;border-left:.4rem solid #0b4f8a;padding:.5rem .75rem}
        .refusal{background:#fdecea;border-left:.4rem solid #a40000;padding:.5rem .75rem}
        .hint{color:#333;font-size:1rem}
        ul.results{list-style:none;padding:0}
        ul.results li{padding:.25rem 0;border-bottom:1px solid #ccc}
        """

    /// With JavaScript on, the waiting page listens for the next question (server-sent events)
    /// instead of reloading itself.
    static let javascript = """
        (function(){var b=document.body,p=b.getAttribute("data-poll");if(p===null||!window.EventSource)return;
        var s=new EventSource("/events?poll="+encodeURIComponent(p));
        s.onmessage=function(){s.close();window.location.href="/vote";};})();
        """
}
