import {w, x, OWN} from './helpers.mjs'
export default {
  gambling: {...OWN, terms: [
    ...w(1, `cá cược|cờ bạc|nhà cái|lô đề|xóc đĩa|tài xỉu|nổ hũ|bắn cá|đá gà|casino`),
    ...w(2, `nhà cái uy tín|nhà cái cá cược|nhà cái hàng đầu|top nhà cái|nha cai uy tin|nha cai|cá cược bóng đá|ca cuoc bong da|cá cược thể thao|cá độ bóng đá|cá độ|soi kèo|soi keo|kèo nhà cái|keo nha cai|tỷ lệ kèo|ty le keo|kèo bóng đá|lô đề online|lo de online|đánh đề online|đánh lô|soi cầu|soi cau|soi cầu miền bắc|dự đoán xổ số|xổ số online|game bài đổi thưởng|game bai doi thuong|đổi thưởng|doi thuong|game đổi thưởng|cổng game đổi thưởng|tài xỉu online|tai xiu|xóc đĩa online|xoc dia|nổ hũ đổi thưởng|no hu|slot đổi thưởng|bắn cá đổi thưởng|ban ca|đá gà trực tuyến|da ga truc tuyen|đá gà thomo|casino trực tuyến|casino online uy tín|sòng bạc trực tuyến|khuyến mãi nạp đầu|tặng tiền cược|hoàn trả cược|link vào|link vao|link vào nhà cái|đăng ký nhà cái|rút tiền nhanh|jun88|hi88|new88|f8bet|shbet|789bet|8kbet|mb66|kubet|ku casino|kubet77|fb88|w88|fun88|m88|12bet|188bet|bk8|v9bet|sv388|sv388 đá gà|cmd368|bong88|vn88|fi88|go88|sunwin|hitclub|b52 club|iwin|rikvip|789club|68 game bài|nhatvip|man club|win79|zowin|yo88|debet|okvip|oxbet|five88|sodo66|qh88|hb88|nbet|jbo|cf68|tk88|ae888|kuwin|bet88|8xbet|xoilac|xôi lạc|mitom|cakhia|cà khịa tv|90phut|vebo|colatv`),
    ...x(3, `jun88|hi88|new88|f8bet|shbet|789bet|8kbet|mb66|kubet|fb88|w88|fun88|188bet|bk8|sv388|go88|sunwin|hitclub|b52 club|iwin|rikvip|789club|okvip|8xbet|nhà cái`, `link vào|đăng ký|đăng nhập|uy tín|trang chủ|chính thức|khuyến mãi|tải app`, ' ')
  ]},
  porn: {...OWN, terms: [
    ...w(1, `sex|phim sex|địt|lồn|cặc`),
    ...w(2, `phim sex việt|phim sex viet|phim sex hay|phim sex nhật|phim sex không che|phim sex hd|xem phim sex|clip sex|clip sex việt|phim heo|phim con heo|phim người lớn|phim 18+|truyện sex|truyện người lớn|ảnh sex|gái gọi|gai goi|gái gọi cao cấp|gái xinh|gái bao|sugar baby|massage kích dục|massage happy ending|tắm tiên|sex vietsub|jav vietsub|phim jav|phim sex trung quốc|loạn luân|phim loạn luân|clip nóng|lộ clip|lộ clip nóng|web sex|trang sex|chat sex|show hàng|sexy live|livestream 18+`)
  ]},
  pharma: {...OWN, terms: [
    ...w(2, `thuốc cường dương|thuốc kích dục|thuốc kích dục nữ|bán thuốc kích dục|thuốc tăng kích thước dương vật|thuốc phá thai|bán thuốc phá thai|thuốc ngủ bán|thuốc giảm cân cấp tốc|viagra chính hãng|mua viagra|cialis chính hãng|thuốc lắc|ma túy đá|cỏ mỹ|nước biển|thuốc mê`),
    ...w(3, `bán thuốc kích dục nữ dạng nước|mua thuốc phá thai|bán thuốc mê|thuốc kích dục nữ mạnh nhất`)
  ]},
  loans: {...OWN, terms: [
    ...w(1, `vay tiền|vay nhanh`),
    ...w(2, `vay tiền nhanh|vay tiền online|vay nhanh online|vay tiền không cần thế chấp|vay tiền chỉ cần cmnd|vay tiền bằng cmnd|vay online nợ xấu|vay tiền nợ xấu|app vay tiền|vay tín chấp|giải ngân trong ngày|duyệt nhanh|tín dụng đen|cho vay nặng lãi|vay nóng|vay nặng lãi|đáo hạn thẻ tín dụng|rút tiền thẻ tín dụng|kiếm tiền online|kiếm tiền tại nhà|việc nhẹ lương cao|làm nhiệm vụ kiếm tiền|đầu tư sinh lời|lợi nhuận hàng ngày|đa cấp|mua bán tài khoản ngân hàng|thuê tài khoản ngân hàng`),
    ...w(3, `vay tiền nhanh chỉ cần cmnd|vay online nợ xấu vẫn duyệt|việc nhẹ lương cao tại nhà|mua tài khoản ngân hàng`)
  ]},
  counterfeit: {...OWN, terms: [
    ...w(1, `hàng fake|hàng nhái|replica`),
    ...w(2, `đồng hồ replica|đồng hồ fake|đồng hồ rep|túi xách replica|túi fake|túi rep 1:1|hàng rep|rep 1:1|super fake|hàng super fake|hàng like auth|like auth|giày rep|giày replica|giày fake|hàng f1|siêu cấp|rolex replica|rolex fake|túi lv fake|túi gucci fake|túi chanel fake|hàng xách tay giá rẻ`)
  ]},
  'fake-documents': {...OWN, terms: [
    ...w(2, `làm bằng đại học|làm bằng giả|bằng đại học giả|làm bằng cấp|làm giấy tờ giả|làm cmnd giả|làm căn cước giả|làm bằng lái xe|bằng lái xe giả|làm hộ chiếu giả|làm giấy khám sức khỏe|làm giấy phép lái xe|làm bằng cấp 3|làm bằng tốt nghiệp|dịch vụ làm bằng|mua bằng đại học|bán bằng đại học|xuất hóa đơn giá rẻ|mua bán hóa đơn|bán hóa đơn đỏ|hóa đơn vat giá rẻ|làm sổ đỏ giả`),
    ...w(3, `làm bằng đại học giá rẻ|làm bằng đại học có hồ sơ gốc|làm bằng giả uy tín|dịch vụ làm giấy tờ giả|mua bán hóa đơn đỏ`)
  ]},
  crypto: {...OWN, terms: [
    ...w(2, `đào coin miễn phí|airdrop miễn phí|nhận usdt miễn phí|usdt miễn phí|đầu tư tiền ảo lãi cao|sàn tiền ảo lừa đảo|nhân đôi bitcoin|kèo coin x100|coin x100|gem x100|nhóm kéo coin|kéo coin|nhận airdrop|kết nối ví|cụm từ khôi phục`)
  ]},
  hacking: {...OWN, terms: [
    ...w(2, `hack facebook|hack fb|hack zalo|hack tài khoản|dịch vụ hack|thuê hacker|hack nick|hack kim cương|hack free fire|hack liên quân|tool hack|bán backlink|mua backlink|dịch vụ backlink|seo top google|seo từ khóa giá rẻ|cày view|tăng like|tăng follow|mua follow|bán follow|bán tài khoản facebook|bán via|via cổ|bán bm|bán clone|tài khoản clone|ddos thuê`),
    ...w(3, `thuê hacker chuyên nghiệp|dịch vụ hack facebook|hack tài khoản ngân hàng|hack kim cương free fire|bán via cổ`)
  ]}
}
